/// What a trainee has done, as far as the plan cares: the inputs of `PlanProgress`.
public struct PlanFacts: Sendable, Equatable {
    public var lessonsRead: Set<String>
    /// Best finished score per quiz topic.
    public var bestQuizScores: [String: Double]
    public var meetingsLogged: Int
    /// Keys of items ticked with `done`.
    public var ticked: Set<String>

    public init(lessonsRead: Set<String> = [], bestQuizScores: [String: Double] = [:], meetingsLogged: Int = 0, ticked: Set<String> = []) {
        self.lessonsRead = lessonsRead
        self.bestQuizScores = bestQuizScores
        self.meetingsLogged = meetingsLogged
        self.ticked = ticked
    }
}
