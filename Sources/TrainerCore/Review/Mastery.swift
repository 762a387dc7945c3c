/// Per-topic mastery from recent answers: the mean credit of the last answers in each topic.
public struct TopicMastery: Sendable, Equatable {
    public var topic: String
    public var answered: Int
    public var mastery: Double
    public var isWeak: Bool

    public init(topic: String, answered: Int, mastery: Double, isWeak: Bool) {
        self.topic = topic
        self.answered = answered
        self.mastery = mastery
        self.isWeak = isWeak
    }
}

public enum Mastery {
    /// How many of the latest answers in a topic count.
    public static let window = 20
    /// Below this mastery, with at least `minimumAnswers`, a topic is weak.
    public static let weakBelow = 0.7
    public static let minimumAnswers = 3

    /// The credits that count for a topic: the newest `window` of those kept and those added,
    /// newest first. The store keeps this per trainee and topic as answers are submitted.
    public static func recent(_ kept: [TimedCredit], adding added: some Sequence<TimedCredit>) -> [TimedCredit] {
        Array((kept + added).sorted { TimedCredit.isNewer($0, than: $1) }.prefix(window))
    }

    /// A topic's mastery from its kept credits (`recent`).
    public static func of(_ topic: String, recent credits: [TimedCredit]) -> TopicMastery {
        of(topic, newestFirst: credits.map(\.credit))
    }

    /// A topic's mastery from its credits, newest first: the mean of the newest `window`.
    static func of(_ topic: String, newestFirst credits: [Double]) -> TopicMastery {
        let counted = credits.prefix(window)
        return of(topic, answered: counted.count, mean: counted.isEmpty ? 0 : counted.reduce(0, +) / Double(counted.count))
    }

    /// A topic's mastery from the count and mean of its last `window` credits.
    public static func of(_ topic: String, answered: Int, mean: Double) -> TopicMastery {
        TopicMastery(topic: topic, answered: answered, mastery: mean, isWeak: answered >= minimumAnswers && mean < weakBelow)
    }

    /// Weakest first, then by topic.
    public static func ranked(_ topics: [TopicMastery]) -> [TopicMastery] {
        topics.sorted { ($0.mastery, $0.topic) < ($1.mastery, $1.topic) }
    }
}
