/// Recognises the intents of one typed line against a library, and says why.
public struct IntentMatcher: Sendable {
    /// Why an intent was or was not recognised in a line.
    public struct Evidence: Sendable, Equatable {
        public enum Verdict: Sendable, Equatable {
            case recognised
            /// A pattern matched but a negation before it voids it.
            case negated(by: String)
            /// A pattern matched but an `unless` pattern cancels the intent.
            case cancelled(by: String)
        }

        public var intent: String
        public var pattern: String
        public var words: [String]
        public var verdict: Verdict
    }

    public let intents: [Intent]

    public init(intents: [Intent]) { self.intents = intents }

    /// The ids of the intents `line` shows, in library order.
    public func recognise(_ line: String) -> [String] {
        let tokens = LineTokens(line)
        return intents.filter { recognises($0, in: tokens) }.map(\.id)
    }

    func recognises(_ intent: Intent, in tokens: LineTokens) -> Bool {
        guard intent.patterns.contains(where: { if case .matched = $0.match(tokens) { true } else { false } }) else { return false }
        return !intent.unless.contains { if case .matched = $0.match(tokens) { true } else { false } }
    }

    /// Every intent a pattern of which matched, recognised or not, with the words that matched.
    public func explain(_ line: String) -> [Evidence] {
        let tokens = LineTokens(line)
        var evidence: [Evidence] = []
        for intent in intents {
            var negated: Evidence?
            var matched: Evidence?
            for pattern in intent.patterns {
                switch pattern.match(tokens) {
                case .matched(let words):
                    matched = matched ?? Evidence(intent: intent.id, pattern: pattern.source, words: words, verdict: .recognised)
                case .negated(let words, let by):
                    negated = negated ?? Evidence(intent: intent.id, pattern: pattern.source, words: words, verdict: .negated(by: by))
                case .missed:
                    break
                }
            }
            if var matched {
                for exception in intent.unless {
                    if case .matched = exception.match(tokens) {
                        matched.verdict = .cancelled(by: exception.source)
                        break
                    }
                }
                evidence.append(matched)
            } else if let negated {
                evidence.append(negated)
            }
        }
        return evidence
    }
}
