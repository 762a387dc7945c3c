/// A closed session's results, one block per candidate (view: `ExamReportDocument.View`).
enum ExamReportTemplates {
    static let html = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{{title}}</title>
        <style>
        {{> a4-style}}
        .candidate { break-inside: avoid; page-break-inside: avoid; } .weak { font-weight: bold; }
        </style></head>
        <body>
        <h1>{{title}}</h1>
        <p>{{subtitle}}</p>
        {{#candidates}}<div class="candidate">
        <h2>{{user}}: {{result}}</h2>
        {{#hasTopics}}<table><thead><tr><th>Topic</th><th>Score</th></tr></thead><tbody>
        {{#topics}}<tr><td>{{topic}}</td><td class="{{#weak}}weak{{/weak}}">{{score}}{{#weak}} (weak){{/weak}}</td></tr>
        {{/topics}}</tbody></table>{{/hasTopics}}
        {{#hasLessons}}<p>Revisit: {{#lessons}}{{separator}}<code>{{command}}</code>{{/lessons}}</p>{{/hasLessons}}
        {{#feedback}}<p>Feedback: {{.}}</p>{{/feedback}}
        </div>
        {{/candidates}}
        </body></html>
        """

    static let markdown = """
        {{% CONTENT_TYPE: TEXT}}
        # {{title}}

        {{subtitle}}
        {{#candidates}}

        ## {{user}}: {{result}}

        {{#topics}}
        - {{topic}}: {{score}}{{#weak}} (weak){{/weak}}
        {{/topics}}
        {{#hasLessons}}

        Revisit: {{#lessons}}{{separator}}`{{command}}`{{/lessons}}
        {{/hasLessons}}
        {{#feedback}}

        Feedback: {{.}}
        {{/feedback}}
        {{/candidates}}
        """
}
