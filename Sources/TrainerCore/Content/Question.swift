/// One question of a bank, as the author wrote it (options in file order).
public struct Question: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable { case knowledge, situational }
    public enum Pool: String, Sendable, Codable, CaseIterable { case practice, exam }
    public enum Scoring: String, Sendable, Codable, CaseIterable {
        case partial
        case allOrNothing = "all-or-nothing"
    }

    public var id: String
    public var topic: String
    public var prompt: String
    public var kind: Kind
    public var difficulty: Int
    public var pool: Pool
    public var scoring: Scoring
    public var options: [AnswerOption]
    public var explanation: String?
    /// The author's per-question `shuffle`. False keeps the options in file order (for options
    /// whose order matters, such as steps or a scale); it can only turn shuffling off, never on.
    public var shuffle: Bool?

    public init(
        id: String, topic: String, prompt: String, kind: Kind = .knowledge, difficulty: Int = 2,
        pool: Pool = .practice, scoring: Scoring = .partial, options: [AnswerOption], explanation: String? = nil,
        shuffle: Bool? = nil
    ) {
        self.id = id
        self.topic = topic
        self.prompt = prompt
        self.kind = kind
        self.difficulty = difficulty
        self.pool = pool
        self.scoring = scoring
        self.options = options
        self.explanation = explanation
        self.shuffle = shuffle
    }

    /// Stable ids of the correct options.
    public var correctOptionIDs: [String] { options.filter(\.isCorrect).map(\.id) }
    public var isMultiAnswer: Bool { options.filter(\.isCorrect).count > 1 }

    /// Whether its options are shown in a random order, given its bank's `shuffle`.
    public func shufflesOptions(inBank bankShuffles: Bool) -> Bool { bankShuffles && shuffle != false }
}

/// An answer option. Its `id` is stable across shuffles: an explicit id, else its 1-based position.
public struct AnswerOption: Sendable, Hashable, Codable {
    public var id: String
    public var text: String
    public var isCorrect: Bool
    public var feedback: String?
    /// Overrides the option's share of credit, as Moodle's fractions do (-1...1).
    public var weight: Double?

    public init(id: String, text: String, isCorrect: Bool, feedback: String? = nil, weight: Double? = nil) {
        self.id = id
        self.text = text
        self.isCorrect = isCorrect
        self.feedback = feedback
        self.weight = weight
    }
}
