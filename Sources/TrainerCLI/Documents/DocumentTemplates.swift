import Mustache

/// The printable documents' templates (swift-mustache), compiled into the binary as string
/// constants so that trainer finds them from any folder. Each document has one view model and two
/// small templates, `NAME.html` and `NAME.md`; the Markdown ones switch HTML escaping off.
enum DocumentTemplates {
    enum Format: String, Sendable { case html, md }

    static let sources: [String: String] = [
        "certificate.html": CertificateTemplates.html, "certificate.md": CertificateTemplates.markdown,
        "cohort.html": CohortTemplates.html, "cohort.md": CohortTemplates.markdown,
        "exam-report.html": ExamReportTemplates.html, "exam-report.md": ExamReportTemplates.markdown,
    ]

    /// Partials any template may name.
    static let partials: [String: String] = ["a4-style": SharedTemplates.a4Style]

    /// Parses only the template asked for and the partials: a command renders one document, and
    /// parsing every template was a tenth of `sheet`. A template that does not parse is a bug the
    /// document tests catch.
    static func render(_ view: Any, _ document: String, as format: Format) throws -> String {
        let name = "\(document).\(format.rawValue)"
        var library = MustacheLibrary()
        if let source = sources[name] {
            try library.register(source, named: name)
            for (partial, source) in partials { try library.register(source, named: partial) }
        }
        guard let text = library.render(view, withTemplate: name) else {
            throw CommandFailure("no \(format.rawValue) template for the \(document) (a bug: please report it)")
        }
        return text
    }
}

/// Parts every printable HTML document shares.
enum SharedTemplates {
    /// A4 pages, margins the printer keeps, long words wrapped instead of cut.
    static let a4Style = """
        @page { size: A4; margin: 16mm 15mm; }
        * { box-sizing: border-box; }
        body { font: 10.5pt/1.4 "DejaVu Sans", Arial, sans-serif; color: #111; max-width: 180mm; margin: 0 auto; overflow-wrap: anywhere; }
        h1 { font-size: 16pt; margin: 0 0 4pt; } h2 { font-size: 12.5pt; margin: 14pt 0 4pt; border-bottom: 1px solid #999; }
        table { border-collapse: collapse; width: 100%; } th, td { border-bottom: 1px solid #bbb; padding: 2pt 4pt; text-align: left; vertical-align: top; }
        figure { margin: 6pt 0; break-inside: avoid; page-break-inside: avoid; } svg { width: 100%; height: auto; }

        """
}
