/// Reads a typed answer (`b`, `a c`, `A,C`, `ac`, `1 3`) into 0-based option positions.
public enum AnswerParser {
    public enum Problem: Error, Equatable, Sendable {
        case empty
        case outOfRange(String, optionCount: Int)
        case unreadable(String)

        public var message: String {
            switch self {
            case .empty:
                return "Type the letters (or numbers) of every option you choose, e.g. `b` or `a c`."
            case .outOfRange(let token, let count):
                return "There is no option \(Suggestion.quoted(token)): this question has options \(letter(0))–\(letter(count - 1)) (or 1–\(count))."
            case .unreadable(let token):
                return "`\(Suggestion.quoted(token))` is not an answer: use letters like `a c` or numbers like `1 3`."
            }
        }
    }

    public static func parse(_ input: String, optionCount: Int) -> Result<Set<Int>, Problem> {
        let tokens = input.split { $0 == " " || $0 == "," || $0 == ";" || $0 == "\t" }.map(String.init)
        if tokens.isEmpty { return .failure(.empty) }
        var chosen = Set<Int>()
        for token in tokens {
            if token.allSatisfy({ $0.isLetter && $0.isASCII }) {
                for ch in token.lowercased().unicodeScalars {
                    let index = Int(ch.value) - 97
                    guard index < optionCount else { return .failure(.outOfRange(String(ch).uppercased(), optionCount: optionCount)) }
                    chosen.insert(index)
                }
            } else if token.allSatisfy({ $0.isASCII && $0.isNumber }) {
                for ch in token {
                    let number = Int(String(ch)) ?? 0
                    guard number >= 1, number <= optionCount else { return .failure(.outOfRange(String(ch), optionCount: optionCount)) }
                    chosen.insert(number - 1)
                }
            } else {
                return .failure(.unreadable(token))
            }
        }
        return .success(chosen)
    }

    /// The letter shown for a 0-based option position.
    public static func letter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(65 + index)))
    }
}
