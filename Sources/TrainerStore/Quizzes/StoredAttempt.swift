import Foundation
import TrainerCore

/// An attempt as recorded: who, what, when, and every served question with its answer.
/// As handed to a viewer the key may be sealed (see `AttemptVisibility`): then `score`, `passed`,
/// every `credit` and the questions' keys, feedback and explanations are withheld.
public struct StoredAttempt: Sendable, Equatable {
    public typealias Kind = AttemptKind

    public struct Answer: Sendable, Equatable {
        public var position: Int
        public var questionID: String
        public var topic: String
        /// The question as served.
        public var question: Question
        public var optionOrder: [String]
        /// nil while unanswered.
        public var chosen: Set<String>?
        public var credit: Double?
    }

    public var id: Int64
    public var user: String
    public var kind: Kind
    public var topic: String
    public var passMark: Double
    public var startedAt: Date
    public var finishedAt: Date?
    public var abandoned: Bool
    public var score: Double?
    public var passed: Bool?
    /// Frozen from the content of the day the database was upgraded, not at the time it was taken.
    public var reconstructed: Bool
    /// The key and everything derived from it are withheld from this viewer.
    public var isSealed: Bool
    /// The certification session an exam attempt belongs to, and whether the lead closed it.
    public var examSession: Int64? = nil
    public var isSessionClosed = false
    /// When a timed attempt stops taking answers (its start plus the exam's minutes).
    public var deadline: Date? = nil
    public var answers: [Answer]

    /// Where an attempt stands: still being answered, left behind for a fresh one, or handed in.
    public enum State: String, Sendable {
        case open, abandoned, submitted

        init(finishedAt: Date?, abandoned: Bool) { self = finishedAt == nil ? .open : (abandoned ? .abandoned : .submitted) }
    }

    public var state: State { State(finishedAt: finishedAt, abandoned: abandoned) }
    public var isOpen: Bool { finishedAt == nil }
    public var isSubmitted: Bool { state == .submitted }
    public var answeredCount: Int { answers.filter { $0.chosen != nil }.count }

    var standing: AttemptVisibility.Standing { Self.standing(state, isSessionClosed: isSessionClosed) }

    /// Where an attempt in `state` stands for the visibility policy.
    static func standing(_ state: State, isSessionClosed: Bool) -> AttemptVisibility.Standing {
        AttemptVisibility.Standing(isSubmitted: state == .submitted, isAbandoned: state == .abandoned, isSessionClosed: isSessionClosed)
    }

    /// The same attempt with the key and all that derives from it taken out.
    func sealed() -> StoredAttempt {
        var copy = self
        copy.isSealed = true
        copy.score = nil
        copy.passed = nil
        copy.answers = answers.map { answer in
            var answer = answer
            answer.credit = nil
            answer.question = Self.withoutKey(answer.question)
            return answer
        }
        return copy
    }

    /// What a record written before v4 shows until it is upgraded from the content.
    static func unserved(_ id: String, topic: String, optionOrder: [String]) -> Question {
        Question(id: id, topic: topic,
                 prompt: "(This question had left the banks when these records were upgraded; its text was not kept.)",
                 options: optionOrder.map { AnswerOption(id: $0, text: "option \($0)", isCorrect: false) })
    }

    static func withoutKey(_ question: Question) -> Question {
        var question = question
        question.explanation = nil
        question.options = question.options.map { AnswerOption(id: $0.id, text: $0.text, isCorrect: false) }
        return question
    }
}
