/// Spaced review of mistakes with expanding intervals: 1, 3, 7, 14, 30 days. A miss starts the
/// ladder again; a right answer on the last step retires the item.
///
/// Chosen over FSRS because mentors can explain it in one sentence and a trainee can predict
/// when a question comes back; the queue holds tens of items, not thousands of cards.
public enum ReviewSchedule {
    public static let intervals = [1, 3, 7, 14, 30]

    public struct State: Sendable, Equatable {
        /// Index into `intervals` of the wait before the next review.
        public var step: Int
        public var due: Day

        public init(step: Int, due: Day) {
            self.step = step
            self.due = due
        }
    }

    /// After a question was missed or only partly right (credit < 1) in a quiz or review.
    public static func afterMiss(on day: Day) -> State {
        State(step: 0, due: day.adding(days: intervals[0]))
    }

    /// After a fully right answer in review: the next, longer wait, or nil when it is learnt.
    public static func afterSuccess(_ state: State, on day: Day) -> State? {
        let next = state.step + 1
        guard next < intervals.count else { return nil }
        return State(step: next, due: day.adding(days: intervals[next]))
    }
}
