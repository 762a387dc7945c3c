/// The cohort report (view: `CohortDocument.View`). Charts are inline SVG drawn in black on white:
/// the trend line has a marker and a label at every point, the bars a hatch pattern (cross-hatched
/// for weak topics) and their value written beside them, so nothing depends on colour.
enum CohortTemplates {
    static let html = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{{title}}</title>
        <style>
        {{> a4-style}}
        .muted { color: #444; } .weak { font-weight: bold; } h2 { margin-top: 9pt; } th, td { padding: 1pt 4pt; } figure.trend svg { max-height: 40mm; }
        table.queue th, table.queue td { font-size: 8.5pt; padding: 1pt 3pt; overflow-wrap: normal; } table.queue td { white-space: nowrap; }
        </style></head>
        <body>
        <h1>{{title}}</h1>
        <p class="muted">{{subtitle}}</p>
        <h2>Plan status per trainee</h2>
        {{^trainees}}<p>No trainees yet.</p>{{/trainees}}
        {{#hasTrainees}}
        <table><thead><tr><th>Trainee</th><th>Mentor</th><th>Plan day</th><th>Status</th><th>Done</th><th>Quiz average</th><th>Weak topics</th></tr></thead><tbody>
        {{#trainees}}<tr><td>{{name}}</td><td>{{mentor}}</td><td>{{day}}</td><td>{{status}}</td><td>{{done}}</td><td>{{quizAverage}}</td><td>{{weak}}</td></tr>
        {{/trainees}}</tbody></table>
        {{/hasTrainees}}
        <h2>Quiz score trend</h2>
        {{#trend}}
        <figure class="trend"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {{width}} {{height}}" role="img" aria-label="Mean quiz score per day">
        {{#grid}}<line x1="{{left}}" x2="{{right}}" y1="{{y}}" y2="{{y}}" stroke="#999" stroke-dasharray="2 3"/><text x="{{labelX}}" y="{{y}}" font-size="10" text-anchor="end" dominant-baseline="middle">{{label}}</text>
        {{/grid}}<polyline points="{{points}}" fill="none" stroke="#000" stroke-width="2"/>
        {{#marks}}<rect x="{{boxX}}" y="{{boxY}}" width="7" height="7" fill="#fff" stroke="#000" stroke-width="1.5"/><text x="{{x}}" y="{{labelY}}" font-size="10" text-anchor="middle">{{value}}</text><text x="{{x}}" y="{{dayY}}" font-size="9" text-anchor="middle">{{day}}</text>
        {{/marks}}</svg></figure>
        {{/trend}}
        {{^trend}}<p>No quizzes submitted yet.</p>{{/trend}}
        <table><thead><tr><th>Day</th><th>Quizzes</th><th>Mean score</th></tr></thead><tbody>
        {{#trendRows}}<tr><td>{{day}}</td><td>{{quizzes}}</td><td>{{mean}}</td></tr>
        {{/trendRows}}</tbody></table>
        <h2>Weak topics</h2>
        {{#topics}}
        <figure><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {{width}} {{height}}" role="img" aria-label="Mean mastery per topic">
        <defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="#000" stroke-width="1.5"/></pattern>
        <pattern id="cross" width="6" height="6" patternUnits="userSpaceOnUse"><path d="M0 0L6 6M6 0L0 6" stroke="#000" stroke-width="1.2"/></pattern></defs>
        {{#bars}}<text x="{{labelX}}" y="{{textY}}" font-size="10" text-anchor="end">{{topic}}</text><rect x="{{x}}" y="{{y}}" width="{{barWidth}}" height="{{barHeight}}" fill="url(#{{pattern}})" stroke="#000"/><text x="{{valueX}}" y="{{textY}}" font-size="10">{{value}}</text>
        {{/bars}}<line x1="{{thresholdX}}" x2="{{thresholdX}}" y1="4" y2="{{axisY}}" stroke="#000" stroke-dasharray="4 3"/><text x="{{thresholdX}}" y="{{thresholdLabelY}}" font-size="9" text-anchor="middle">{{thresholdLabel}}</text>
        </svg></figure>
        {{/topics}}
        {{^topics}}<p>No answers yet.</p>{{/topics}}
        <table><thead><tr><th>Topic</th><th>Mean mastery</th><th>Weak for</th></tr></thead><tbody>
        {{#topicRows}}<tr><td>{{topic}}</td><td>{{mastery}}</td><td class="{{#isWeak}}weak{{/isWeak}}">{{weakFor}}</td></tr>
        {{/topicRows}}</tbody></table>
        {{#rolePlays}}
        <h2>Role-plays</h2>
        <p>{{finished}} finished, {{passed}} passed ({{passRate}}), mean rubric score {{meanScore}}, {{awaitingGrade}} waiting for a mentor's grade.</p>
        {{/rolePlays}}
        {{#queue}}
        <h2>Sandbox queue</h2>
        <p>{{summary}}</p>
        {{#charts}}
        <figure><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {{width}} {{height}}" role="img" aria-label="Tickets within SLA per trainee">
        <defs><pattern id="sla" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><line x1="0" y1="0" x2="0" y2="5" stroke="#000" stroke-width="1.5"/></pattern></defs>
        {{#bars}}<text x="{{labelX}}" y="{{textY}}" font-size="10" text-anchor="end">{{name}}</text><rect x="{{x}}" y="{{y}}" width="{{width}}" height="{{height}}" fill="url(#sla)" stroke="#000"/><text x="{{valueX}}" y="{{textY}}" font-size="10">{{value}}</text>
        {{/bars}}{{#ticks}}<line x1="{{x}}" x2="{{x}}" y1="{{axisY}}" y2="2" stroke="#999" stroke-dasharray="2 3"/><text x="{{x}}" y="{{tickLabelY}}" font-size="9" text-anchor="middle">{{label}}</text>
        {{/ticks}}</svg></figure>
        {{/charts}}
        <table class="queue"><thead><tr><th>Trainee</th><th>Shifts</th><th>Tickets</th><th>SLA met</th><th>First reply (median)</th><th>Resolved in time</th><th>Triage right</th><th>FCR</th><th>Left open</th><th>CSAT</th><th>Drafts returned</th></tr></thead><tbody>
        {{#rows}}<tr><td>{{name}}</td><td>{{shifts}}</td><td>{{tickets}}</td><td>{{slaMet}}</td><td>{{firstResponse}}</td><td>{{resolution}}</td><td>{{triage}}</td><td>{{fcr}}</td><td>{{leftOpen}}</td><td>{{csat}}</td><td>{{draftsReturned}}</td></tr>
        {{/rows}}</tbody></table>
        {{/queue}}
        </body></html>
        """

    static let markdown = """
        {{% CONTENT_TYPE: TEXT}}
        # {{title}}

        {{subtitle}}

        ## Plan status per trainee

        {{^trainees}}
        No trainees yet.
        {{/trainees}}
        {{#hasTrainees}}
        | Trainee | Mentor | Plan day | Status | Done | Quiz average | Weak topics |
        |---|---|---|---|---|---|---|
        {{#trainees}}
        | {{name}} | {{mentor}} | {{day}} | {{status}} | {{done}} | {{quizAverage}} | {{weak}} |
        {{/trainees}}
        {{/hasTrainees}}

        ## Quiz score trend

        {{^trendRows}}
        No quizzes submitted yet.
        {{/trendRows}}
        {{#trendRows}}
        - {{day}}: {{mean}} over {{quizzes}} `{{bar}}`
        {{/trendRows}}

        ## Weak topics

        {{^topicRows}}
        No answers yet.
        {{/topicRows}}
        {{#topicRows}}
        - {{topic}}: {{mastery}} mean mastery, weak for {{weakFor}} `{{bar}}`
        {{/topicRows}}
        {{#rolePlays}}

        ## Role-plays

        {{finished}} finished, {{passed}} passed ({{passRate}}), mean rubric score {{meanScore}}, {{awaitingGrade}} waiting for a mentor's grade.
        {{/rolePlays}}
        {{#queue}}

        ## Sandbox queue

        {{summary}}

        | Trainee | Shifts | Tickets | SLA met | First reply (median) | Resolved in time | Triage right | FCR | Left open | CSAT | Drafts returned |
        |---|---|---|---|---|---|---|---|---|---|---|
        {{#rows}}
        | {{name}} | {{shifts}} | {{tickets}} | {{slaMet}} | {{firstResponse}} | {{resolution}} | {{triage}} | {{fcr}} | {{leftOpen}} | {{csat}} | {{draftsReturned}} |
        {{/rows}}

        {{#rows}}
        - {{name}}: {{slaMet}} of tickets within SLA `{{bar}}`
        {{/rows}}
        {{/queue}}

        """
}
