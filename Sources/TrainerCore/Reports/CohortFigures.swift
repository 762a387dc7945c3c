/// The figures of a cohort report, derived from values the store hands over: the quiz score trend
/// by day, topics by mean mastery across trainees, role-play KPIs. No formatting here.
public enum CohortFigures {
    /// The mean score of the quizzes submitted on one day.
    public struct ScorePoint: Sendable, Equatable {
        public var day: Day
        public var mean: Double
        public var attempts: Int
    }

    /// A topic across the cohort: the mean of each trainee's mastery, and how many are weak in it.
    public struct TopicFigure: Sendable, Equatable {
        public var topic: String
        public var mastery: Double
        public var trainees: Int
        public var weakFor: Int
    }

    /// Finished role-plays: how many, how many passed, their mean rubric score (0–100), and how many
    /// still wait for a mentor's grade.
    public struct RolePlayFigures: Sendable, Equatable {
        public var finished: Int
        public var passed: Int
        public var meanScore: Double
        public var awaitingGrade: Int

        public var passRate: Double { finished == 0 ? 0 : Double(passed) / Double(finished) }
    }

    /// Quiz scores by the day they were submitted, oldest first.
    public static func trend(_ scores: [(day: Day, score: Double)]) -> [ScorePoint] {
        Dictionary(grouping: scores, by: \.day).map { day, scores in
            ScorePoint(day: day, mean: scores.map(\.score).reduce(0, +) / Double(scores.count), attempts: scores.count)
        }
        .sorted { $0.day < $1.day }
    }

    /// Every topic any trainee has answered, weakest first.
    public static func topics(_ masteryPerTrainee: [[TopicMastery]]) -> [TopicFigure] {
        Dictionary(grouping: masteryPerTrainee.flatMap { $0 }, by: \.topic).map { topic, figures in
            TopicFigure(topic: topic, mastery: figures.map(\.mastery).reduce(0, +) / Double(figures.count),
                        trainees: figures.count, weakFor: figures.filter(\.isWeak).count)
        }
        .sorted { ($0.mastery, $0.topic) < ($1.mastery, $1.topic) }
    }

    /// Nil when no role-play has been finished: the report then leaves the section out.
    public static func rolePlays(scores: [(score: Int, passed: Bool, graded: Bool)]) -> RolePlayFigures? {
        guard !scores.isEmpty else { return nil }
        return RolePlayFigures(finished: scores.count, passed: scores.filter(\.passed).count,
                               meanScore: Double(scores.map(\.score).reduce(0, +)) / Double(scores.count),
                               awaitingGrade: scores.filter { !$0.graded }.count)
    }
}
