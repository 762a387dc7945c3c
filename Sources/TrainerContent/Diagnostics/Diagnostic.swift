import TrainerCore

/// One problem in the content, pointing at the place: `path:line:column: message`.
public struct Diagnostic: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Path relative to the content folder, as a person would open it.
    public var path: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(path: String, line: Int = 1, column: Int = 1, message: String) {
        self.path = path
        self.line = line
        self.column = column
        // Messages quote the content, and hand-edited content can hold a megabyte value or an escape.
        self.message = PrintableMessage.make(message)
    }

    public var description: String { "\(path):\(line):\(column): \(message)" }

    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.path, a.line, a.column, a.message) < (b.path, b.line, b.column, b.message)
    }
}

/// Every problem found in one load, so an author sees them all at once.
public struct ContentReport: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics.sorted() }

    public var description: String {
        let count = diagnostics.count
        return diagnostics.map(\.description).joined(separator: "\n")
            + "\n\(count) problem\(count == 1 ? "" : "s") in the content."
    }
}
