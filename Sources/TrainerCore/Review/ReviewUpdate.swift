/// A change to one question in a trainee's review queue.
public struct ReviewUpdate: Sendable, Equatable {
    public enum Change: Sendable, Equatable {
        /// Wait until then (a miss, or a success with more steps to go).
        case schedule(ReviewSchedule.State)
        /// Learnt: leave the queue.
        case retire
    }

    public var questionID: String
    public var change: Change

    public init(questionID: String, change: Change) {
        self.questionID = questionID
        self.change = change
    }
}

extension ReviewSchedule {
    /// What a submitted attempt does to the review queue: a miss (credit < 1) starts the ladder
    /// again; only a review moves a right answer up (or retires it). Unanswered questions are misses.
    public static func updates(afterSubmitting kind: AttemptKind, credits: [(questionID: String, credit: Double)],
                               queue: [String: State], on day: Day) -> [ReviewUpdate] {
        guard kind != .exam else { return [] }
        return credits.compactMap { questionID, credit in
            if credit < 1 { return ReviewUpdate(questionID: questionID, change: .schedule(afterMiss(on: day))) }
            guard kind == .review, let state = queue[questionID] else { return nil }
            return ReviewUpdate(questionID: questionID, change: afterSuccess(state, on: day).map { .schedule($0) } ?? .retire)
        }
    }
}
