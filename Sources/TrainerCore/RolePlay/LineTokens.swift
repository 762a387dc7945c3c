/// A typed line as the matcher sees it: lowercase words, contractions spelt out, each word with
/// its stem and the sentence it belongs to. Punctuation only separates.
public struct LineTokens: Sendable {
    public struct Token: Sendable, Equatable {
        public var word: String
        public var stem: String
        public var sentence: Int
        /// Commas, colons, dashes and `but` start a new clause: a negation reaches to its end.
        public var clause: Int
    }

    public var tokens: [Token]
    /// Where each stem occurs: patterns look their words up here instead of scanning the line.
    let positions: [String: [Int]]
    /// Whether any token is a number or a negation (most lines have neither: the matcher skips those checks).
    let hasNumbers: Bool
    let hasNegations: Bool

    /// Words that negate what follows them in the same sentence.
    static let negations: Set<String> = ["not", "no", "never", "nothing", "nobody", "unable", "nor", "neither"]

    static let clauseStarters: Set<String> = ["but", "however", "although", "though", "instead"]

    public init(_ line: String) {
        var tokens: [Token] = []
        Self.scan(line) { part, sentence, clause in
            tokens.append(Token(word: part, stem: Stemmer.stem(part), sentence: sentence, clause: clause))
        }
        self.tokens = tokens
        var positions: [String: [Int]] = [:]
        for (index, token) in tokens.enumerated() { positions[token.stem, default: []].append(index) }
        self.positions = positions
        hasNumbers = tokens.contains { $0.word.first?.isNumber == true }
        hasNegations = tokens.contains { Self.negations.contains($0.word) }
    }

    public var isEmpty: Bool { tokens.isEmpty }

    /// The words of `text` as the matcher reads them (lowercase, contractions spelt out), without stems.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        scan(text) { part, _, _ in words.append(part) }
        return words
    }

    /// Calls `emit` with each word and the sentence and clause it belongs to.
    private static func scan(_ line: String, _ emit: (String, Int, Int) -> Void) {
        var sentence = 0, clause = 0, word = ""
        func flush() {
            guard !word.isEmpty else { return }
            for part in expand(word) {
                if clauseStarters.contains(part) { clause += 1 }
                emit(part, sentence, clause)
            }
            word = ""
        }
        for character in line.lowercased() {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else if character == "'" || character == "’", !word.isEmpty {
                word.append("'")
            } else {
                flush()
                if ".!?;".contains(character) { sentence += 1 }
                if ".!?;,:-–—()".contains(character) { clause += 1 }
            }
        }
        flush()
    }

    /// `can't` → `can not`, `won't` → `will not`, `I'm` → `i am`, `we'll` → `we will`; a trailing quote goes.
    static func expand(_ raw: String) -> [String] {
        var word = raw
        while word.hasSuffix("'") { word.removeLast() }
        switch word {
        case "can't", "cannot": return ["can", "not"]
        case "won't": return ["will", "not"]
        case "shan't": return ["shall", "not"]
        case "i'm": return ["i", "am"]
        default: break
        }
        for (suffix, expansion) in [("n't", "not"), ("'ll", "will"), ("'re", "are"), ("'ve", "have"), ("'d", "would")]
        where word.hasSuffix(suffix) && word.count > suffix.count {
            return [String(word.dropLast(suffix.count)), expansion]
        }
        if word.hasSuffix("'s") { return [String(word.dropLast(2))] }
        return [word.filter { $0 != "'" }]
    }
}
