import Foundation
import TrainerCore

/// A certification session as recorded: the exam's rules as they stood when it was opened, who
/// opened and closed it, and each candidate's form and attempt.
public struct ExamSessionRecord: Sendable, Equatable {
    public struct Candidate: Sendable, Equatable {
        public enum State: String, Sendable, Codable {
            case notStarted = "not started", inProgress = "in progress", submitted
        }

        public var user: String
        public var attempt: Int64?
        public var state: State
        public var startedAt: Date?
        public var deadline: Date?
        public var finishedAt: Date?
        public var answered: Int
        public var questions: Int
        public var feedback: String?
    }

    public var id: Int64
    public var exam: String
    public var title: String
    public var minutes: Int
    public var passMark: Double
    public var restDays: Int
    public var retireAfter: Int
    public var recertifyAfterDays: Int?
    public var opensAt: Date
    public var openedBy: String
    public var createdAt: Date
    public var closedAt: Date?
    /// The candidates the viewer may see.
    public var candidates: [Candidate]

    public var isClosed: Bool { closedAt != nil }
}

/// What `exam take` found: a fresh attempt, one to resume, or one whose time ran out while the
/// candidate was away (submitted as it stood).
public enum ExamStart: Sendable, Equatable {
    case started(StoredAttempt)
    case resumed(StoredAttempt)
    case timeUp(StoredAttempt)
}

/// What closing a session did for one candidate.
public struct ExamClosing: Sendable, Equatable {
    public var user: String
    public var state: ExamSessionRecord.Candidate.State
    /// Submitted by the close, as it stood (the candidate had not handed it in).
    public var submittedByClose: Bool
    public var passed: Bool?
    public var certificate: String?
    public var milestone: String?
}
