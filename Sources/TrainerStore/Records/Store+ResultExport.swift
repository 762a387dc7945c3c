import Foundation
import GRDB
import TrainerCore

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
    /// `viewer` may see, oldest first, to `visit` as rows are read: a million answers never sit in
    /// memory, only one decoded copy per served question version. Keys and scores are withheld
    /// where `AttemptVisibility.exportsKey` says so. Runs in one read transaction, so the export is
    /// a consistent snapshot while others keep writing.
    public func exportResults(visibleTo viewer: Account, filter: ResultFilter = ResultFilter(),
                              _ visit: (ResultRecord) throws -> Void) throws {
        try writer.read { db in
            try Store.exportAttempts(visibleTo: viewer, filter: filter, db, visit)
            try Store.exportRolePlays(visibleTo: viewer, filter: filter, db, visit)
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
                                       _ visit: (ResultRecord) throws -> Void) throws {
        let condition = exportCondition(viewer, filter, table: "a")
        let rows = try Row.fetchCursor(db, sql: """
            SELECT a.id, u.name, a.kind, a.topic, a.passMark, a.startedAt, a.finishedAt, a.examSessionId,
                   es.closedAt IS NOT NULL, a.score, a.passed,
                   q.position, q.servedHash, q.questionId, q.topic, q.optionOrder, q.chosen, q.credit, q.answeredAt
            FROM attempt a JOIN user u ON u.id = a.userId LEFT JOIN examSession es ON es.id = a.examSessionId
            LEFT JOIN attemptQuestion q ON q.attemptId = a.id
            WHERE \(submitted) AND \(condition.sql)
            ORDER BY a.id, q.position
            """, arguments: condition.arguments)
        var served = ServedCache()
        var current: ExportedAttempt?
        var answers = (questions: 0, answered: 0)
        func finish() throws {
            guard var attempt = current else { return }
            (attempt.questions, attempt.answered) = answers
            try visit(.attempt(attempt))
        }
        while let row = try rows.next() {
            let id: Int64 = row[0]
            if current?.id != id {
                try finish()
                let user: String = row[1]
                let kind = AttemptKind(rawValue: row[2]) ?? .quiz
                let standing = AttemptVisibility.Standing(isSubmitted: true, isAbandoned: false, isSessionClosed: row[8])
                let open = AttemptVisibility.exportsKey(of: kind, standing, toOwner: user == viewer.name, viewerRole: viewer.role)
                current = ExportedAttempt(
                    id: id, user: user, kind: kind, topic: row[3], passMark: row[4], startedAt: isoTimestamp(row[5]),
                    finishedAt: isoTimestamp(row[6]), examSession: row[7], isSealed: !open,
                    score: open ? row[9] : nil, passed: open ? row[10] : nil, questions: 0, answered: 0)
                answers = (0, 0)
            }
            guard let attempt = current, let position = row[11] as Int? else { continue }
            let version: String = row[12] ?? ""
            var question = try served.question(version, db)
                ?? StoredAttempt.unserved(row[13], topic: row[14], optionOrder: IDList.decode(row[15]))
            if attempt.isSealed { question = StoredAttempt.withoutKey(question) }
            let chosen = (row[16] as String?).map { IDList.decode($0) }
            answers.questions += 1
            if chosen != nil { answers.answered += 1 }
            try visit(.answer(ExportedAnswer(
                attempt: attempt, position: position, question: question, questionVersion: version, chosen: chosen,
                credit: attempt.isSealed ? nil : row[17], answeredAt: (row[18] as String?).map(isoTimestamp))))
        }
        try finish()
    }

    private static func exportRolePlays(visibleTo viewer: Account, filter: ResultFilter, _ db: Database,
                                        _ visit: (ResultRecord) throws -> Void) throws {
        let condition = exportCondition(viewer, filter, table: "r")
        let rows = try Row.fetchCursor(db, sql: """
            SELECT r.id, u.name, r.scenarioId, r.title, r.startedAt, r.finishedAt, r.score, r.passMark, r.passed, r.mentorScore
            FROM rolePlay r JOIN user u ON u.id = r.userId
            WHERE r.finishedAt IS NOT NULL AND r.abandoned = 0 AND r.score IS NOT NULL AND \(condition.sql)
            ORDER BY r.id
            """, arguments: condition.arguments)
        while let row = try rows.next() {
            try visit(.rolePlay(ExportedRolePlay(
                id: row[0], user: row[1], scenario: row[2], title: row[3], startedAt: isoTimestamp(row[4]),
                finishedAt: isoTimestamp(row[5]), score: row[6], passMark: row[7], passed: row[8] ?? false, mentorScore: row[9])))
        }
    }

    /// GRDB stores dates as `YYYY-MM-DD HH:MM:SS.SSS` in UTC; exports want ISO 8601. Rewriting the
    /// text keeps a million timestamps from a round trip through `Date` and a formatter.
    static func isoTimestamp(_ stored: String) -> String {
        guard stored.utf8.count >= 19 else { return stored }
        var utf8 = Array(stored.utf8)
        if utf8[10] == UInt8(ascii: " ") { utf8[10] = UInt8(ascii: "T") }
        utf8.append(UInt8(ascii: "Z"))
        return String(decoding: utf8, as: UTF8.self)
    }
}

/// Served questions decoded once per version: an export meets the same few hundred again and again.
private struct ServedCache {
    private var questions: [String: Question] = [:]

    mutating func question(_ hash: String, _ db: Database) throws -> Question? {
        if let known = questions[hash] { return known }
        guard !hash.isEmpty,
              let body = try String.fetchOne(db.cachedStatement(sql: "SELECT body FROM servedQuestion WHERE hash = ?"), arguments: [hash]),
              let question = ServedQuestion.decode(body) else { return nil }
        questions[hash] = question
        return question
    }
}
