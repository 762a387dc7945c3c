/// What a trainee did that the plan counts: lessons read, items ticked (by key), quiz results.
public struct PlanFacts: Sendable, Equatable {
    public var lessonsRead: Set<String>
    /// Best submitted score per quiz topic (for listings; milestones are ticks).
    public var bestQuizScores: [String: Double]
    /// Topics whose latest submitted quiz did not reach its pass mark.
    public var failedQuizTopics: Set<String>
    /// Keys of ticked items: by hand with `done`, by a passed quiz, by a logged meeting.
    public var ticked: Set<String>

    public init(lessonsRead: Set<String> = [], bestQuizScores: [String: Double] = [:], failedQuizTopics: Set<String> = [],
                ticked: Set<String> = []) {
        self.lessonsRead = lessonsRead
        self.bestQuizScores = bestQuizScores
        self.failedQuizTopics = failedQuizTopics
        self.ticked = ticked
    }
}
