extension String {
    /// The text without leading and trailing white space and line breaks. Foundation's
    /// `trimmingCharacters(in:)` goes through UTF-16 on Linux and was the largest cost of reading
    /// a large bank; this walks the Unicode scalars at both ends and copies only when needed.
    var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        guard let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }
}
