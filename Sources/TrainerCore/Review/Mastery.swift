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

    /// - Parameter credits: each topic's credits, newest first.
    public static func compute(_ credits: [String: [Double]]) -> [TopicMastery] {
        ranked(credits.map { topic, all in
            let recent = Array(all.prefix(window))
            return of(topic, answered: recent.count, mean: recent.isEmpty ? 0 : recent.reduce(0, +) / Double(recent.count))
        })
    }

    /// A topic's mastery from the count and mean of its last `window` credits (as SQL sums them).
    public static func of(_ topic: String, answered: Int, mean: Double) -> TopicMastery {
        TopicMastery(topic: topic, answered: answered, mastery: mean, isWeak: answered >= minimumAnswers && mean < weakBelow)
    }

    /// Weakest first, then by topic.
    public static func ranked(_ topics: [TopicMastery]) -> [TopicMastery] {
        topics.sorted { ($0.mastery, $0.topic) < ($1.mastery, $1.topic) }
    }
}
