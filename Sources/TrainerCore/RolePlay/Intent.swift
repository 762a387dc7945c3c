/// Something an agent's turn can do, recognised by phrase patterns an author can read:
/// `greeting` ("hello", "good morning|afternoon|evening"), `blame` ("you should have"), …
public struct Intent: Sendable, Hashable, Codable {
    public enum Polarity: String, Sendable, Hashable, Codable, CaseIterable {
        /// Good practice: counts towards the rubric.
        case positive
        /// Bad practice: costs patience and loses rubric rules.
        case negative
    }

    public var id: String
    /// What it means, in a few words (`a clarifying question`).
    public var label: String
    public var polarity: Polarity
    /// Any one of these matching recognises the intent.
    public var patterns: [PhrasePattern]
    /// Any one of these matching cancels it (`I don't understand` followed by a polite question).
    public var unless: [PhrasePattern]
    /// What one turn with this intent does to the customer's patience (negative: −2, empathy: +1).
    public var patience: Int

    public init(id: String, label: String, polarity: Polarity = .positive, patterns: [PhrasePattern],
                unless: [PhrasePattern] = [], patience: Int? = nil) {
        self.id = id
        self.label = label
        self.polarity = polarity
        self.patterns = patterns
        self.unless = unless
        self.patience = patience ?? (polarity == .negative ? -2 : 0)
    }
}

/// One phrase pattern: words that must all occur in one sentence, in any order, within a window
/// of their count plus `slack` words. Each word is compared by its stem (`refunds` = `refund`);
/// `a|b` offers alternatives, `refund*` matches by prefix, `<n>` matches any number. `~N` at the
/// end sets the slack (default 3). A match is void when a negation (`not`, `no`, `never`,
/// `can't`…) comes inside it or just before it in the same clause, unless the pattern itself holds one.
public struct PhrasePattern: Sendable, Hashable, Codable {
    public struct Slot: Sendable, Hashable, Codable {
        public var stems: [String]
        public var prefixes: [String]
        public var anyNumber: Bool
        /// The words as written, for explanations.
        public var text: String

        func matches(_ token: LineTokens.Token) -> Bool {
            if anyNumber, token.word.first?.isNumber == true { return true }
            return stems.contains(token.stem) || prefixes.contains { token.word.hasPrefix($0) }
        }

        var isNegation: Bool { stems.contains { LineTokens.negations.contains($0) } }
    }

    public static let defaultSlack = 3
    /// How many words before a match a negation still reaches.
    public static let negationReach = 2

    /// The pattern as the author wrote it.
    public var source: String
    public var slots: [Slot]
    public var slack: Int

    public init(_ source: String) {
        self.source = source
        var words = source.lowercased().split(separator: " ").map(String.init)
        var slack = Self.defaultSlack
        if let last = words.last, last.hasPrefix("~"), let n = Int(last.dropFirst()) {
            slack = max(0, n)
            words.removeLast()
        }
        self.slack = slack
        self.slots = words.flatMap { word -> [Slot] in
            // A word in a pattern is read like one in a line: `can't` is `can not`, `e-mail` is `e mail`.
            let alternatives = word.split(separator: "|").map(String.init)
            if alternatives.count == 1, !word.hasSuffix("*"), word != "<n>" {
                return LineTokens(word).tokens.map { Slot(stems: [$0.stem], prefixes: [], anyNumber: false, text: $0.word) }
            }
            var slot = Slot(stems: [], prefixes: [], anyNumber: false, text: word)
            for alternative in alternatives {
                if alternative == "<n>" { slot.anyNumber = true }
                else if alternative.hasSuffix("*") { slot.prefixes.append(String(alternative.dropLast()).filter { $0.isLetter || $0.isNumber }) }
                else { slot.stems.append(contentsOf: LineTokens(alternative).tokens.map(\.stem)) }
            }
            return slot.stems.isEmpty && slot.prefixes.allSatisfy(\.isEmpty) && !slot.anyNumber ? [] : [slot]
        }
    }

    /// Whether the pattern can match anything at all (an empty pattern would match every line).
    public var isEmpty: Bool { slots.isEmpty || slots.allSatisfy { $0.stems.isEmpty && $0.prefixes.allSatisfy(\.isEmpty) && !$0.anyNumber } }

    /// What one attempt to match gave.
    public enum Result: Sendable, Equatable {
        case matched(words: [String])
        /// Matched, but a negation before it in the clause voids it.
        case negated(words: [String], by: String)
        case missed
    }

    public func match(_ line: LineTokens) -> Result {
        guard !isEmpty else { return .missed }
        let tokens = line.tokens
        let span = slots.count + slack
        var negatedResult: Result?
        var anchor = 0
        while anchor < tokens.count {
            defer { anchor += 1 }
            guard slots.contains(where: { $0.matches(tokens[anchor]) }) else { continue }
            let sentence = tokens[anchor].sentence
            var end = anchor
            while end + 1 < tokens.count, end + 1 < anchor + span, tokens[end + 1].sentence == sentence { end += 1 }
            var used: [Int] = []
            var found = true
            for slot in slots {
                guard let index = (anchor...end).first(where: { !used.contains($0) && slot.matches(tokens[$0]) }) else { found = false; break }
                used.append(index)
            }
            guard found, used.contains(anchor) else { continue }
            let first = used.min() ?? anchor, last = used.max() ?? anchor
            let words = used.sorted().map { tokens[$0].word }
            // A negation inside the match or up to `negationReach` words before it, in the clause of
            // its last word, voids it ("I can't help", "I don't think I can help"; not "if I don't
            // hear back within 5 days").
            if !slots.contains(where: \.isNegation),
               let negation = (max(0, first - Self.negationReach)..<last).last(where: {
                   !used.contains($0) && tokens[$0].clause == tokens[last].clause && LineTokens.negations.contains(tokens[$0].word)
               }) {
                negatedResult = negatedResult ?? .negated(words: words, by: tokens[negation].word)
                continue
            }
            return .matched(words: words)
        }
        return negatedResult ?? .missed
    }
}
