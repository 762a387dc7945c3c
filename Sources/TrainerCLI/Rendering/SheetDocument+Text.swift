/// The sheet's two formats, written straight from its view. Mustache found every field by
/// reflection and cast each value to its protocols, a quarter of `sheet`'s own time; the text is
/// fixed enough to write directly. `SheetTextTests` holds both to the templates they replace.
extension SheetDocument {
    func markdown() -> String { Self.markdown(view) }
    func html() -> String { Self.html(view) }

    static func markdown(_ view: View) -> String {
        var out = "# \(view.title)\n\n\(view.statusLine)\n\n## \(view.coveredHeading)\n\n"
        if view.covered.isEmpty { out += "Nothing new on the plan since then.\n" }
        for line in view.covered { out += "- \(line)\n" }
        out += "\n## Questions\n\n"
        for entry in view.questions {
            out += "\(entry.number). \(entry.prompt)"
            if let reason = entry.reason { out += " *(\(reason))*" }
            out += "\n"
            for option in entry.options { out += "    - \(option.letter)) \(option.text)\n" }
            if let key = entry.key { out += "    - **Key:** \(key)\n" }
            out += "\n"
        }
        out += "## Open mistakes to talk through\n\n"
        if view.mistakes.isEmpty { out += "None waiting: the review queue is empty.\n" }
        for mistake in view.mistakes { out += "- \(mistake.prompt) (`\(mistake.id)`)\n" }
        out += "\n## Role-play: the mentor plays the customer\n\n\(view.rolePlay)\n"
        if let listenFor = view.listenFor { out += "\nListen for: \(listenFor).\n" }
        let line = String(repeating: "_", count: 60)
        out += "\n## Notes\n\nOutcome: ok / concern\n\n\(line)\n\n\(line)\n\n\(line)\n\n"
        if let logLine = view.logLine { out += "Log it afterwards: `\(logLine)`\n" }
        return out
    }

    static func html(_ view: View) -> String {
        let e = HTMLEscaping.escaped
        var out = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(e(view.title))</title>
            <style>
            \(SharedTemplates.a4Style).status { color: #333; } .reason { color: #666; font-style: italic; }
            ol.questions > li { break-inside: avoid; page-break-inside: avoid; margin-bottom: 8pt; }
            ol[type="A"] { margin: 2pt 0; } .key { background: #eef5ee; padding: 2pt 4pt; margin: 2pt 0; }
            .notes { height: 60mm; border: 1px solid #999; break-inside: avoid; }
            </style></head>
            <body>
            <h1>\(e(view.title))</h1>
            <p class="status">\(e(view.statusLine))</p>
            <h2>\(e(view.coveredHeading))</h2>

            """
        if view.covered.isEmpty { out += "<p>Nothing new on the plan since then.</p>" }
        out += "\n"
        if view.hasCovered { out += "<ul>" + view.covered.map { "<li>\(e($0))</li>" }.joined() + "</ul>" }
        out += "\n<h2>Questions</h2><ol class=\"questions\">\n"
        for entry in view.questions {
            out += "<li><p>\(e(entry.prompt))"
            if let reason = entry.reason { out += " <span class=\"reason\">(\(e(reason)))</span>" }
            out += "</p><ol type=\"A\">" + entry.options.map { "<li>\(e($0.text))</li>" }.joined() + "</ol>"
            if let key = entry.key { out += "<p class=\"key\"><b>Key:</b> \(e(key))</p>" }
            out += "</li>\n"
        }
        out += "</ol>\n<h2>Open mistakes to talk through</h2>\n"
        if view.mistakes.isEmpty { out += "<p>None waiting: the review queue is empty.</p>" }
        out += "\n"
        if view.hasMistakes { out += "<ul>" + view.mistakes.map { "<li>\(e($0.prompt))</li>" }.joined() + "</ul>" }
        out += "\n<h2>Role-play: the mentor plays the customer</h2>\n<p>\(e(view.rolePlay))</p>\n"
        if let listenFor = view.listenFor { out += "<p class=\"key\">Listen for: \(e(listenFor)).</p>" }
        out += "\n<h2>Notes</h2><p>Outcome: ok / concern</p><div class=\"notes\"></div>\n</body></html>"
        return out
    }
}
