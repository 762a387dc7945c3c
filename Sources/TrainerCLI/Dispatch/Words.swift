/// Splits a typed line into words the way a shell would for simple cases: spaces separate,
/// "double" or 'single' quotes keep spaces, a backslash escapes the next character.
enum Words {
    enum Problem: Error, Equatable { case unclosedQuote(Character) }

    static func split(_ line: String) -> Result<[String], Problem> {
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
