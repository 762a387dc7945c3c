import Foundation
import GRDB
import TrainerCore

/// Receives `export results` as it streams: each submitted attempt (`attemptBegins`, its answers,
/// `attemptEnds`), then each finished role-play. Answers lend their bytes for the call only.
public protocol ResultVisitor {
    mutating func attemptBegins(_ attempt: ExportedAttempt) throws
    mutating func answer(_ answer: AnswerBytes) throws
    /// The attempt again, now with its counts of questions and answers.
    mutating func attemptEnds(_ attempt: ExportedAttempt) throws
    mutating func rolePlay(_ play: ExportedRolePlay) throws
}

/// One answer of the attempt being exported, as its row holds it. The bytes are SQLite's: valid
/// only during the call. A sealed attempt's answers carry no credit and a keyless question.
public struct AnswerBytes {
    public var position: Int
    public var question: ServedVersion
    /// The chosen option ids as stored (`a,b`); nil when the question was left unanswered.
    public var chosen: UnsafeRawBufferPointer?
    public var credit: Double?
    /// As stored (see `StoredTimestamp`); nil when unanswered.
    public var answeredAt: UnsafeRawBufferPointer?
}

extension Store {
    /// Which records an export takes: finished since a moment, one person's.
    public struct ResultFilter: Sendable {
        public var since: Date?
        public var user: String?

        public init(since: Date? = nil, user: String? = nil) {
            self.since = since
            self.user = user
        }
    }

    /// Streams the submitted attempts (each answer, then the attempt) and finished role-plays that
    /// `viewer` may see, oldest first, to `visitor` as rows are read: a million answers never sit in
    /// memory, only each served question version once. Keys and scores are withheld where
    /// `AttemptVisibility.exportsKey` says so, decided once per attempt. Runs in one read
    /// transaction, so the export is a consistent snapshot while others keep writing.
    public func exportResults(visibleTo viewer: Account, filter: ResultFilter = ResultFilter(), to visitor: inout some ResultVisitor) throws {
        try writer.read { db in
            try Store.exportAttempts(visibleTo: viewer, filter: filter, db, &visitor)
            try Store.exportRolePlays(visibleTo: viewer, filter: filter, db, &visitor)
        }
    }

    /// The visibility rule, a person and a start as one condition over `user u` and a table's `finishedAt`.
    private static func exportCondition(_ viewer: Account, _ filter: ResultFilter, table: String) -> (sql: String, arguments: StatementArguments) {
        let visible = visibleUsers(to: viewer)
        var sql = visible.sql, arguments = visible.arguments
        if let user = filter.user {
            sql += " AND u.name = ?"
            arguments += [user]
        }
        if let since = filter.since {
            sql += " AND \(table).finishedAt >= ?"
            arguments += [since]
        }
        return (sql, arguments)
    }

    private static func exportAttempts(visibleTo viewer: Account, filter: ResultFilter, _ db: Database,
                                       _ visitor: inout some ResultVisitor) throws {
        let condition = exportCondition(viewer, filter, table: "a")
        let statement = try db.makeStatement(sql: """
            SELECT a.id, u.name, a.kind, a.topic, a.passMark, a.startedAt, a.finishedAt, a.examSessionId,
                   es.closedAt IS NOT NULL, a.score, a.passed,
                   q.position, \(ServedVersions.idColumn), q.questionId, q.topic, q.optionOrder, q.chosen, q.credit, q.answeredAt
            FROM attempt a JOIN user u ON u.id = a.userId LEFT JOIN examSession es ON es.id = a.examSessionId
            LEFT JOIN attemptQuestion q ON q.attemptId = a.id
            WHERE \(submitted) AND \(condition.sql)
            ORDER BY a.id, q.position
            """)
        let served = try ServedVersions(db)
        var current: ExportedAttempt?
        try statement.forEachColumnRow(arguments: condition.arguments) { row in
            let id = row.int64(0)
            if current?.id != id {
                if let done = current { try visitor.attemptEnds(done) }
                let attempt = exportedAttempt(row, visibleTo: viewer)
                current = attempt
                try visitor.attemptBegins(attempt)
            }
            guard !row.isNull(11), let sealed = current?.isSealed else { return }
            let chosen = row.optionalBytes(16)
            current?.questions += 1
            if chosen != nil { current?.answered += 1 }
            let question = try served.version(row.optionalInt64(12), sealed: sealed) { (row.string(13), row.string(14), row.string(15)) }
            try visitor.answer(AnswerBytes(position: Int(row.int64(11)), question: question, chosen: chosen,
                                           credit: sealed ? nil : row.optionalDouble(17), answeredAt: row.optionalBytes(18)))
        }
        if let done = current { try visitor.attemptEnds(done) }
    }

    /// The attempt's columns of the export query, sealed or not as the policy says for `viewer`.
    private static func exportedAttempt(_ row: ColumnRow, visibleTo viewer: Account) -> ExportedAttempt {
        let user = row.string(1)
        let kind = AttemptKind(rawValue: row.string(2)) ?? .quiz
        let standing = AttemptVisibility.Standing(isSubmitted: true, isAbandoned: false, isSessionClosed: row.flag(8))
        let open = AttemptVisibility.exportsKey(of: kind, standing, toOwner: user == viewer.name, viewerRole: viewer.role)
        return ExportedAttempt(
            id: row.int64(0), user: user, kind: kind, topic: row.string(3), passMark: row.double(4),
            startedAt: StoredTimestamp.iso(row.string(5)), finishedAt: StoredTimestamp.iso(row.string(6)),
            examSession: row.isNull(7) ? nil : row.int64(7), isSealed: !open,
            score: open ? row.optionalDouble(9) : nil, passed: open ? row.optionalFlag(10) : nil, questions: 0, answered: 0)
    }

    private static func exportRolePlays(visibleTo viewer: Account, filter: ResultFilter, _ db: Database,
                                        _ visitor: inout some ResultVisitor) throws {
        let condition = exportCondition(viewer, filter, table: "r")
        let rows = try Row.fetchCursor(db, sql: """
            SELECT r.id, u.name, r.scenarioId, r.title, r.startedAt, r.finishedAt, r.score, r.passMark, r.passed, r.mentorScore
            FROM rolePlay r JOIN user u ON u.id = r.userId
            WHERE r.finishedAt IS NOT NULL AND r.abandoned = 0 AND r.score IS NOT NULL AND \(condition.sql)
            ORDER BY r.id
            """, arguments: condition.arguments)
        while let row = try rows.next() {
            try visitor.rolePlay(ExportedRolePlay(
                id: row[0], user: row[1], scenario: row[2], title: row[3], startedAt: StoredTimestamp.iso(row[4]),
                finishedAt: StoredTimestamp.iso(row[5]), score: row[6], passMark: row[7], passed: row[8] ?? false, mentorScore: row[9]))
        }
    }
}
