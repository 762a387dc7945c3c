import Yams

/// Collects diagnostics while the readers walk the files.
final class DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []

    func add(_ path: String, _ mark: Mark?, _ message: String) {
        diagnostics.append(Diagnostic(path: path, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message))
    }

    func add(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    var hasErrors: Bool { !diagnostics.isEmpty }
}
