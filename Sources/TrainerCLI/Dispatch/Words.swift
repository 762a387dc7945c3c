/// Splits a typed line into words the way a shell would for simple cases: spaces separate,
/// "double" or 'single' quotes keep spaces, a backslash escapes the next character.
enum Words {
    enum Problem: Error, Equatable { case unclosedQuote(Character) }

    static func split(_ line: String) -> Result<[String], Problem> {
        // Without quotes or escapes, spaces alone decide: a fast path over bytes, so a huge
        // pasted line is answered at once.
        if !line.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "\\") }) {
            return .success(line.utf8.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }).map { String(decoding: $0, as: UTF8.self) })
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
            } else if ch == " " || ch == "\t" {
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
