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
        credits.map { topic, all in
            let recent = Array(all.prefix(window))
            let mean = recent.isEmpty ? 0 : recent.reduce(0, +) / Double(recent.count)
            return TopicMastery(topic: topic, answered: recent.count, mastery: mean,
                                isWeak: recent.count >= minimumAnswers && mean < weakBelow)
        }
        .sorted { ($0.mastery, $0.topic) < ($1.mastery, $1.topic) }
    }
}
