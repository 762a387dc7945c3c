import Foundation
import GRDB
import TrainerCore

extension Store {
    /// Records a new attempt with its drawn questions, in one transaction.
    public func startAttempt(for user: Account, kind: StoredAttempt.Kind, topic: String, passMark: Double,
                             questions: [(DrawnQuestion, topic: String)], at now: Date) throws -> Int64 {
        try writer.write { db in
            try db.execute(sql: """
                INSERT INTO attempt (userId, kind, topic, passMark, startedAt) VALUES (?, ?, ?, ?, ?)
                """, arguments: [user.id, kind.rawValue, topic, passMark, now])
            let id = db.lastInsertedRowID
            for (position, (drawn, questionTopic)) in questions.enumerated() {
                try db.execute(sql: """
                    INSERT INTO attemptQuestion (attemptId, position, questionId, topic, optionOrder) VALUES (?, ?, ?, ?, ?)
                    """, arguments: [id, position, drawn.questionID, questionTopic, IDList.encode(drawn.optionOrder)])
            }
            return id
        }
    }

    /// Commits one answer the moment it is given, so nothing typed is ever lost.
    public func recordAnswer(_ answer: GivenAnswer, attempt: Int64, position: Int, at now: Date) throws {
        try writer.write { db in
            try db.execute(sql: """
                UPDATE attemptQuestion SET chosen = ?, credit = ?, answeredAt = ?
                WHERE attemptId = ? AND position = ?
                  AND (SELECT finishedAt FROM attempt WHERE id = ?) IS NULL
                """, arguments: [IDList.encode(answer.chosen.sorted()), answer.credit, now, attempt, position, attempt])
            if db.changesCount == 0 { throw StoreError.notAllowed("attempt \(attempt) is closed: its answers can no longer change") }
        }
    }

    /// Closes an attempt with its score and updates the trainee's review queue in the same transaction.
    public func finishAttempt(_ id: Int64, score: Double, passed: Bool, reviewUpdates: [ReviewUpdate], at now: Date) throws {
        try writer.write { db in
            try db.execute(sql: "UPDATE attempt SET finishedAt = ?, score = ?, passed = ? WHERE id = ? AND finishedAt IS NULL",
                           arguments: [now, score, passed, id])
            if db.changesCount == 0 { throw StoreError.notAllowed("attempt \(id) is already closed") }
            guard let userID = try Int64.fetchOne(db, sql: "SELECT userId FROM attempt WHERE id = ?", arguments: [id]) else { return }
            try Store.apply(reviewUpdates, userID: userID, db)
        }
    }

    /// Leaves an open attempt behind (the trainee chose a fresh one); it keeps its answers.
    public func abandonAttempt(_ id: Int64, at now: Date) throws {
        try writer.write { db in
            try db.execute(sql: "UPDATE attempt SET finishedAt = ?, abandoned = 1 WHERE id = ? AND finishedAt IS NULL",
                           arguments: [now, id])
        }
    }

    /// The newest open attempt of this kind and topic, to resume.
    public func openAttempt(for user: Account, kind: StoredAttempt.Kind, topic: String) throws -> StoredAttempt? {
        try writer.read { db in
            let id = try Int64.fetchOne(db, sql: """
                SELECT id FROM attempt WHERE userId = ? AND kind = ? AND topic = ? AND finishedAt IS NULL
                ORDER BY id DESC LIMIT 1
                """, arguments: [user.id, kind.rawValue, topic])
            return try id.flatMap { try Store.attempt($0, db) }
        }
    }

    /// One attempt, if `viewer` may see it: their own, their trainee's, or anyone's for a lead.
    public func attempt(_ id: Int64, visibleTo viewer: Account) throws -> StoredAttempt? {
        try writer.read { db in
            guard let attempt = try Store.attempt(id, db),
                  let owner = try Store.account(named: attempt.user, db), viewer.maySee(owner) else { return nil }
            return attempt
        }
    }

    /// Finished and open attempts `viewer` may see, newest first; optionally only one person's.
    public func attempts(visibleTo viewer: Account, of name: String? = nil, kinds: [StoredAttempt.Kind] = [.quiz, .review]) throws -> [StoredAttempt] {
        try writer.read { db in
            var filter = "a.abandoned = 0 AND a.kind IN (\(databaseQuestionMarks(count: kinds.count)))"
            var arguments = StatementArguments(kinds.map(\.rawValue))
            switch viewer.role {
            case .lead: break
            case .mentor:
                filter += " AND (u.id = ? OR u.mentorId = ?)"
                arguments += [viewer.id, viewer.id]
            case .trainee:
                filter += " AND u.id = ?"
                arguments += [viewer.id]
            }
            if let name {
                filter += " AND u.name = ?"
                arguments += [name]
            }
            return try Store.attempts(where: filter, arguments: arguments, db)
        }
    }

    // MARK: - Inside a transaction

    static func attempt(_ id: Int64, _ db: Database) throws -> StoredAttempt? {
        try attempts(where: "a.id = ?", arguments: [id], db).first
    }

    /// Attempts matching `filter` (over `attempt a JOIN user u`), newest first, with their answers:
    /// two queries however many attempts match.
    static func attempts(where filter: String, arguments: StatementArguments, _ db: Database) throws -> [StoredAttempt] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT a.*, u.name AS userName FROM attempt a JOIN user u ON u.id = a.userId
            WHERE \(filter) ORDER BY a.id DESC
            """, arguments: arguments)
        guard !rows.isEmpty else { return [] }
        // The same filter again rather than an IN list of ids, which could outgrow SQLite's variable limit.
        let answers = try Dictionary(grouping: Row.fetchAll(db, sql: """
            SELECT q.* FROM attemptQuestion q JOIN attempt a ON a.id = q.attemptId JOIN user u ON u.id = a.userId
            WHERE \(filter) ORDER BY q.attemptId, q.position
            """, arguments: arguments)) { (r: Row) -> Int64 in r["attemptId"] }
        return rows.map { row in
            let id: Int64 = row["id"]
            return StoredAttempt(
                id: id, user: row["userName"], kind: StoredAttempt.Kind(rawValue: row["kind"]) ?? .quiz, topic: row["topic"],
                passMark: row["passMark"], startedAt: row["startedAt"], finishedAt: row["finishedAt"],
                abandoned: row["abandoned"], score: row["score"], passed: row["passed"],
                answers: (answers[id] ?? []).map { r in
                    StoredAttempt.Answer(
                        position: r["position"], questionID: r["questionId"], topic: r["topic"],
                        optionOrder: IDList.decode(r["optionOrder"]),
                        chosen: (r["chosen"] as String?).map { Set(IDList.decode($0)) }, credit: r["credit"])
                })
        }
    }
}
