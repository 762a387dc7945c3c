/// Standard output as a person reads it: every line fitted to the screen's width at word
/// boundaries (see `LineFitting`). With no width (not a terminal and no `COLUMNS`), or while a
/// command prints JSON or a document, text passes untouched.
public final class WrappingStream: TextStream {
    private let base: any TextStream
    private let columns: () -> Int?
    /// Set while a command prints machine-readable output.
    var isRaw = false

    public init(_ base: any TextStream, columns: @escaping () -> Int?) {
        self.base = base
        self.columns = columns
    }

    public func write(_ text: String) {
        guard !isRaw, let width = columns() else { return base.write(text) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        base.write(lines.map { LineFitting.fit(String($0), width: width).joined(separator: "\n") }.joined(separator: "\n"))
    }

    public func write(utf8 bytes: [UInt8]) throws {
        guard !isRaw, columns() != nil else { return try base.write(utf8: bytes) }
        write(String(decoding: bytes, as: UTF8.self))
    }
}
