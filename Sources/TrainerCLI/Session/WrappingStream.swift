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
        base.write(Self.lines(of: text).map { LineFitting.fit(String($0), width: width).joined(separator: "\n") }.joined(separator: "\n"))
    }

    /// The lines `text.split(separator: "\n", omittingEmptySubsequences: false)` gives (a CR LF pair
    /// is one character there, not a break), found in the UTF-8: splitting by `Character` walks
    /// every grapheme boundary, and was most of what printing a long view cost.
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex, index = start, previous: UInt8 = 0
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r") {
                lines.append(text[start..<index])
                start = utf8.index(after: index)
            }
            previous = byte
            index = utf8.index(after: index)
        }
        lines.append(text[start...])
        return lines
    }

    public func write(utf8 bytes: [UInt8]) throws {
        guard !isRaw, columns() != nil else { return try base.write(utf8: bytes) }
        write(String(decoding: bytes, as: UTF8.self))
    }
}
