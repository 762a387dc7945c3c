/// A submitted attempt as `export results` shows it (its answers stream apart, see
/// `Store.exportResults`): sealed ones carry no score and no verdict. Timestamps are ISO 8601 in UTC.
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
