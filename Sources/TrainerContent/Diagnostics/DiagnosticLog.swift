
/// Collects diagnostics while the readers walk the files.
final class DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []
    /// Topics whose bank file could not be parsed at all: already reported once, so references
    /// to them are not reported again as "has no bank".
    var unparsedTopics: Set<String> = []

    func add(_ path: String, _ mark: YAMLMark?, _ message: String) {
        diagnostics.append(Diagnostic(path: path, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message))
    }

    func add(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    var hasErrors: Bool { !diagnostics.isEmpty }
}
