extension String {
    /// The text without white space, line breaks or invisible format characters (a stray BOM,
    /// zero-width spaces) at either end: a text of only those is empty, as an author sees it.
    /// Foundation's `trimmingCharacters(in:)` goes through UTF-16 on Linux and was the largest
    /// cost of reading a large bank; this walks the Unicode scalars at both ends.
    public var trimmed: String {
        // Most texts start and end with a visible ASCII character, which is neither.
        if let head = utf8.first, let tail = utf8.last, (0x21...0x7e).contains(head), (0x21...0x7e).contains(tail) { return self }
        func blank(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isWhitespace || scalar.properties.generalCategory == .format
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !blank($0) }),
              let last = scalars.lastIndex(where: { !blank($0) }) else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }
}
