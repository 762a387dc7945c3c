/// Splits a typed line into words the way a shell would for simple cases: spaces separate,
/// "double" or 'single' quotes keep spaces, a backslash escapes the next character.
enum Words {
    enum Problem: Error, Equatable { case unclosedQuote(Character) }

    /// Spaces and tabs separate words; so do line breaks, which a bracketed paste brings along.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    static func split(_ line: String) -> Result<[String], Problem> {
        // Without quotes or escapes, spaces alone decide: a fast path over bytes, so a huge
        // pasted line is answered at once.
        if !line.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "\\") }) {
            return .success(line.utf8.split(whereSeparator: isSpace).map { String(decoding: $0, as: UTF8.self) })
        }
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for ch in line {
            if escaped {
                current.append(ch)
                escaped = false
            } else if ch == "\\" && quote != "'" {
                escaped = true
                inWord = true
            } else if let q = quote {
                if ch == q { quote = nil } else { current.append(ch) }
            } else if ch == "\"" || ch == "'" {
                quote = ch
                inWord = true
            } else if ch.isASCII, let byte = ch.asciiValue, isSpace(byte) {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(ch)
                inWord = true
            }
        }
        if let quote { return .failure(.unclosedQuote(quote)) }
        if inWord { words.append(current) }
        return .success(words)
    }
}
