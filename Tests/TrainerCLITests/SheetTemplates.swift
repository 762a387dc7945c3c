/// The meeting question sheet (view: `SheetDocument.View`). Only the mentor's copy has reasons,
/// keys, the customer to play and the log line; the view leaves them out of the trainee's.
enum SheetTemplates {
    static let html = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{{title}}</title>
        <style>
        {{> a4-style}}
        .status { color: #333; } .reason { color: #666; font-style: italic; }
        ol.questions > li { break-inside: avoid; page-break-inside: avoid; margin-bottom: 8pt; }
        ol[type="A"] { margin: 2pt 0; } .key { background: #eef5ee; padding: 2pt 4pt; margin: 2pt 0; }
        .notes { height: 60mm; border: 1px solid #999; break-inside: avoid; }
        </style></head>
        <body>
        <h1>{{title}}</h1>
        <p class="status">{{statusLine}}</p>
        <h2>{{coveredHeading}}</h2>
        {{^covered}}<p>Nothing new on the plan since then.</p>{{/covered}}
        {{#hasCovered}}<ul>{{#covered}}<li>{{.}}</li>{{/covered}}</ul>{{/hasCovered}}
        <h2>Questions</h2><ol class="questions">
        {{#questions}}<li><p>{{prompt}}{{#reason}} <span class="reason">({{.}})</span>{{/reason}}</p><ol type="A">{{#options}}<li>{{text}}</li>{{/options}}</ol>{{#key}}<p class="key"><b>Key:</b> {{.}}</p>{{/key}}</li>
        {{/questions}}</ol>
        <h2>Open mistakes to talk through</h2>
        {{^mistakes}}<p>None waiting: the review queue is empty.</p>{{/mistakes}}
        {{#hasMistakes}}<ul>{{#mistakes}}<li>{{prompt}}</li>{{/mistakes}}</ul>{{/hasMistakes}}
        <h2>Role-play: the mentor plays the customer</h2>
        <p>{{rolePlay}}</p>
        {{#listenFor}}<p class="key">Listen for: {{.}}.</p>{{/listenFor}}
        <h2>Notes</h2><p>Outcome: ok / concern</p><div class="notes"></div>
        </body></html>
        """

    static let markdown = """
        {{% CONTENT_TYPE: TEXT}}
        # {{title}}

        {{statusLine}}

        ## {{coveredHeading}}

        {{^covered}}
        Nothing new on the plan since then.
        {{/covered}}
        {{#covered}}
        - {{.}}
        {{/covered}}

        ## Questions

        {{#questions}}
        {{number}}. {{prompt}}{{#reason}} *({{.}})*{{/reason}}
        {{#options}}
            - {{letter}}) {{text}}
        {{/options}}
        {{#key}}
            - **Key:** {{.}}
        {{/key}}

        {{/questions}}
        ## Open mistakes to talk through

        {{^mistakes}}
        None waiting: the review queue is empty.
        {{/mistakes}}
        {{#mistakes}}
        - {{prompt}} (`{{id}}`)
        {{/mistakes}}

        ## Role-play: the mentor plays the customer

        {{rolePlay}}
        {{#listenFor}}

        Listen for: {{.}}.
        {{/listenFor}}

        ## Notes

        Outcome: ok / concern

        ____________________________________________________________

        ____________________________________________________________

        ____________________________________________________________

        {{#logLine}}
        Log it afterwards: `{{.}}`
        {{/logLine}}
        """
}
