/// One record of `export results`, in the order the export streams them: each attempt's answers,
/// then the attempt itself, then finished role-plays. Timestamps are ISO 8601 in UTC.
public enum ResultRecord: Sendable {
    case answer(ExportedAnswer)
    case attempt(ExportedAttempt)
    case rolePlay(ExportedRolePlay)
}

/// A submitted attempt as an export may show it: sealed ones carry no score and no verdict.
public struct ExportedAttempt: Sendable, Equatable {
    public var id: Int64
    public var user: String
    public var kind: AttemptKind
    public var topic: String
    public var passMark: Double
    public var startedAt: String
    public var finishedAt: String
    public var examSession: Int64?
    /// The key and all that derives from it are withheld (an exam whose session is still open).
    public var isSealed: Bool
    public var score: Double?
    public var passed: Bool?
    public var questions: Int
    public var answered: Int

    public init(id: Int64, user: String, kind: AttemptKind, topic: String, passMark: Double, startedAt: String, finishedAt: String,
                examSession: Int64?, isSealed: Bool, score: Double?, passed: Bool?, questions: Int, answered: Int) {
        self.id = id
        self.user = user
        self.kind = kind
        self.topic = topic
        self.passMark = passMark
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.examSession = examSession
        self.isSealed = isSealed
        self.score = score
        self.passed = passed
        self.questions = questions
        self.answered = answered
    }
}

/// One served question of a submitted attempt and what was chosen, graded against the question as
/// served. In a sealed attempt `question` has no key and `credit` is nil.
public struct ExportedAnswer: Sendable, Equatable {
    public var attempt: ExportedAttempt
    public var position: Int
    /// The question as served (its options in the author's order).
    public var question: Question
    /// Identifies this exact version of the question (the served copy's hash).
    public var questionVersion: String
    /// Option ids chosen, sorted; nil when the question was left unanswered.
    public var chosen: [String]?
    public var credit: Double?
    public var answeredAt: String?

    public init(attempt: ExportedAttempt, position: Int, question: Question, questionVersion: String, chosen: [String]?,
                credit: Double?, answeredAt: String?) {
        self.attempt = attempt
        self.position = position
        self.question = question
        self.questionVersion = questionVersion
        self.chosen = chosen
        self.credit = credit
        self.answeredAt = answeredAt
    }
}

/// A finished role-play: the rubric's score out of 100 and, once graded, the mentor's.
public struct ExportedRolePlay: Sendable, Equatable {
    public var id: Int64
    public var user: String
    public var scenario: String
    public var title: String
    public var startedAt: String
    public var finishedAt: String
    public var score: Int
    public var passMark: Int
    public var passed: Bool
    public var mentorScore: Int?

    public init(id: Int64, user: String, scenario: String, title: String, startedAt: String, finishedAt: String, score: Int,
                passMark: Int, passed: Bool, mentorScore: Int?) {
        self.id = id
        self.user = user
        self.scenario = scenario
        self.title = title
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.score = score
        self.passMark = passMark
        self.passed = passed
        self.mentorScore = mentorScore
    }
}
