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

        /// The positions in `line` this slot matches, in order.
        func positions(in line: LineTokens) -> [Int] {
            var found: [Int] = []
            for stem in stems { if let at = line.positions[stem] { found += at } }
            if !prefixes.isEmpty || (anyNumber && line.hasNumbers) {
                for (index, token) in line.tokens.enumerated() {
                    if (anyNumber && token.word.first?.isNumber == true) || prefixes.contains(where: { token.word.hasPrefix($0) }) {
                        found.append(index)
                    }
                }
            }
            return found.count > 1 ? Array(Set(found)).sorted() : found
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
                return LineTokens.words(word).map { Slot(stems: [Stemmer.stem($0)], prefixes: [], anyNumber: false, text: $0) }
            }
            var slot = Slot(stems: [], prefixes: [], anyNumber: false, text: word)
            for alternative in alternatives {
                if alternative == "<n>" { slot.anyNumber = true }
                else if alternative.hasSuffix("*") { slot.prefixes.append(String(alternative.dropLast()).filter { $0.isLetter || $0.isNumber }) }
                else { slot.stems.append(contentsOf: LineTokens.words(alternative).map(Stemmer.stem)) }
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
        // Each word's places in the line, by look-up; most patterns miss a word and stop here.
        var candidates: [[Int]] = []
        candidates.reserveCapacity(slots.count)
        for slot in slots {
            let positions = slot.positions(in: line)
            if positions.isEmpty { return .missed }
            candidates.append(positions)
        }
        let tokens = line.tokens
        let span = slots.count + slack
        let exempt = slots.contains(where: \.isNegation)
        var negatedResult: Result?
        let anchors = candidates.count == 1 ? candidates[0] : Array(Set(candidates.joined())).sorted()
        for anchor in anchors {
            let sentence = tokens[anchor].sentence
            var end = anchor
            while end + 1 < tokens.count, end + 1 < anchor + span, tokens[end + 1].sentence == sentence { end += 1 }
            var used: [Int] = []
            var found = true
            for positions in candidates {
                guard let index = positions.first(where: { $0 >= anchor && $0 <= end && !used.contains($0) }) else { found = false; break }
                used.append(index)
            }
            guard found, used.contains(anchor) else { continue }
            let first = used.min() ?? anchor, last = used.max() ?? anchor
            // A negation inside the match or up to `negationReach` words before it, in the clause of
            // its last word, voids it ("I can't help", "I don't think I can help"; not "if I don't
            // hear back within 5 days").
            if !exempt, line.hasNegations,
               let negation = (max(0, first - Self.negationReach)..<last).last(where: {
                   !used.contains($0) && tokens[$0].clause == tokens[last].clause && LineTokens.negations.contains(tokens[$0].word)
               }) {
                negatedResult = negatedResult ?? .negated(words: used.sorted().map { tokens[$0].word }, by: tokens[negation].word)
                continue
            }
            return .matched(words: used.sorted().map { tokens[$0].word })
        }
        return negatedResult ?? .missed
    }
}
