import Foundation
import GRDB
import TrainerCore

extension Store {
    /// Records a new attempt with the questions as served, in one transaction.
    public func startAttempt(for user: Account, kind: StoredAttempt.Kind, topic: String, passMark: Double,
                             questions: [DrawnQuestion], at now: Date) throws -> Int64 {
        try writer.write { db in
            try db.execute(sql: """
                INSERT INTO attempt (userId, kind, topic, passMark, startedAt) VALUES (?, ?, ?, ?, ?)
                """, arguments: [user.id, kind.rawValue, topic, passMark, now])
            let id = db.lastInsertedRowID
            for (position, drawn) in questions.enumerated() {
                let served = try ServedQuestion.save(drawn.question, db)
                try db.execute(sql: """
                    INSERT INTO attemptQuestion (attemptId, position, questionId, topic, optionOrder, servedHash, servedId)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [id, position, drawn.questionID, drawn.question.topic, IDList.encode(drawn.optionOrder),
                                     served.hash, served.id])
            }
            return id
        }
    }

    /// Commits one answer the moment it is given, graded against the question as served, so
    /// nothing typed is ever lost and later edits to the bank never change its credit.
    public func recordAnswer(_ chosen: Set<String>, attempt: Int64, position: Int, by user: Account, at now: Date) throws {
        try writer.write { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT a.userId, a.finishedAt, a.deadline, s.body FROM attemptQuestion q JOIN attempt a ON a.id = q.attemptId
                LEFT JOIN servedQuestion s ON s.hash = q.servedHash
                WHERE q.attemptId = ? AND q.position = ?
                """, arguments: [attempt, position]) else {
                throw StoreError.notFound("attempt \(attempt) has no question \(position + 1)")
            }
            guard (row["userId"] as Int64) == user.id else { throw StoreError.notAllowed("attempt \(attempt) is not yours") }
            guard (row["finishedAt"] as Date?) == nil else {
                throw StoreError.notAllowed("attempt \(attempt) is closed: its answers can no longer change")
            }
            if let deadline = row["deadline"] as Date?, now > deadline {
                throw StoreError.timeUp(attempt: attempt, deadline: deadline)
            }
            guard let question = (row["body"] as String?).flatMap(ServedQuestion.decode) else {
                throw StoreError.notFound("attempt \(attempt) has no served copy of question \(position + 1)")
            }
            let credit = Grader.credit(for: question, chosen: chosen)
            try db.execute(sql: """
                UPDATE attemptQuestion SET chosen = ?, credit = ?, answeredAt = ? WHERE attemptId = ? AND position = ?
                """, arguments: [IDList.encode(chosen.sorted()), credit, now, attempt, position])
            try Store.keepLastAnswer(userID: user.id, at: now, db)
        }
    }

    /// What submitting an attempt gave.
    public struct Submission: Sendable, Equatable {
        public var score: Double
        public var passed: Bool
        /// The plan item the pass ticked, if any.
        public var milestone: String?
    }

    /// Closes an attempt: the score from the stored credits (unanswered questions count 0),
    /// pass or fail against its pass mark, the review queue updated, and on a pass the plan
    /// milestone `milestone` ticked, all in one transaction.
    public func submitAttempt(_ id: Int64, by user: Account, milestone: String?, at now: Date) throws -> Submission {
        try writer.write { db in
            guard let attempt = try Store.attempt(id, db), attempt.user == user.name else {
                throw StoreError.notFound("no attempt \(id) of yours")
            }
            guard attempt.isOpen else { throw StoreError.notAllowed("attempt \(id) is already closed") }
            return try Store.submit(attempt, userID: user.id, milestone: milestone, at: now, db)
        }
    }

    /// Scores and closes an open attempt as it stands. A timed attempt ends at its deadline at
    /// the latest, however late it is handed in.
    static func submit(_ attempt: StoredAttempt, userID: Int64, milestone: String?, at now: Date, _ db: Database) throws -> Submission {
        let credits = attempt.answers.map { (questionID: $0.questionID, credit: $0.credit ?? 0) }
        let score = Grader.score(credits: credits.map(\.credit))
        let passed = score >= attempt.passMark
        let finished = attempt.deadline.map { min($0, now) } ?? now
        try db.execute(sql: "UPDATE attempt SET finishedAt = ?, score = ?, passed = ? WHERE id = ?",
                       arguments: [finished, score, passed, attempt.id])
        if attempt.kind == .exam {
            try Store.recordForAnalysis(attempt, db)
        } else {
            try Store.keepMastery(afterSubmitting: attempt.id, userID: userID, db)
        }
        let queue = try Store.reviewQueue(userID: userID, db)
        try Store.apply(ReviewSchedule.updates(afterSubmitting: attempt.kind, credits: credits, queue: queue, on: Day(date: now)),
                        userID: userID, db)
        var ticked: String?
        if passed, let milestone {
            try Store.tick(milestone, userID: userID, byID: userID, attemptID: attempt.id, at: now, db)
            ticked = milestone
        }
        return Submission(score: score, passed: passed, milestone: ticked)
    }

    /// Leaves an open attempt behind (the trainee chose a fresh one); it keeps its answers and
    /// stays visible to the mentor and the lead, marked abandoned.
    public func abandonAttempt(_ id: Int64, at now: Date) throws {
        try writer.write { db in
            try db.execute(sql: "UPDATE attempt SET finishedAt = ?, abandoned = ? WHERE id = ? AND finishedAt IS NULL",
                           arguments: [now, true, id])
        }
    }

    /// The newest open attempt of this kind and topic, to resume (its key sealed).
    public func openAttempt(for user: Account, kind: StoredAttempt.Kind, topic: String) throws -> StoredAttempt? {
        try writer.read { db in
            let id = try Int64.fetchOne(db, sql: """
                SELECT id FROM attempt WHERE userId = ? AND kind = ? AND topic = ? AND finishedAt IS NULL
                ORDER BY id DESC LIMIT 1
                """, arguments: [user.id, kind.rawValue, topic])
            return try id.flatMap { try Store.attempt($0, db) }.map { Store.present($0, to: user) }
        }
    }

    /// One attempt, if `viewer` may see it (their own, their trainee's, or anyone's for a lead),
    /// with its key sealed where the visibility policy says so.
    public func attempt(_ id: Int64, visibleTo viewer: Account) throws -> StoredAttempt? {
        try writer.read { db in
            let visible = Store.visibleUsers(to: viewer)
            return try Store.attempts(where: "a.id = ? AND \(visible.sql)", arguments: [id] + visible.arguments, db)
                .first.map { Store.present($0, to: viewer) }
        }
    }

    /// Attempts `viewer` may see, newest first, abandoned ones included; optionally one person's.
    public func attempts(visibleTo viewer: Account, of name: String? = nil, kinds: [StoredAttempt.Kind] = StoredAttempt.Kind.allCases) throws -> [StoredAttempt] {
        try writer.read { db in
            let visible = Store.visibleUsers(to: viewer)
            var filter = "a.kind IN (\(databaseQuestionMarks(count: kinds.count))) AND \(visible.sql)"
            var arguments = StatementArguments(kinds.map(\.rawValue)) + visible.arguments
            if let name {
                filter += " AND u.name = ?"
                arguments += [name]
            }
            return try Store.attempts(where: filter, arguments: arguments, db).map { Store.present($0, to: viewer) }
        }
    }

    // MARK: - Inside a transaction

    /// The attempt as `viewer` may see it: sealed unless the policy opens its review to them.
    static func present(_ attempt: StoredAttempt, to viewer: Account) -> StoredAttempt {
        let shows = AttemptVisibility.showsKey(of: attempt.kind, attempt.standing, toOwner: attempt.user == viewer.name,
                                               viewerRole: viewer.role)
        return shows ? attempt : attempt.sealed()
    }

    static func attempt(_ id: Int64, _ db: Database) throws -> StoredAttempt? {
        try attempts(where: "a.id = ?", arguments: [id], db).first
    }

    /// Attempts matching `filter` (over `attempt a JOIN user u`), newest first, with their answers
    /// and served questions: two queries however many attempts match.
    static func attempts(where filter: String, arguments: StatementArguments, _ db: Database) throws -> [StoredAttempt] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT a.*, u.name AS userName, es.closedAt AS sessionClosedAt FROM attempt a JOIN user u ON u.id = a.userId
            LEFT JOIN examSession es ON es.id = a.examSessionId
            WHERE \(filter) ORDER BY a.id DESC
            """, arguments: arguments)
        guard !rows.isEmpty else { return [] }
        // The same filter again rather than an IN list of ids, which could outgrow SQLite's variable limit.
        var served: [String: Question] = [:]
        let answers = try Dictionary(grouping: Row.fetchAll(db, sql: """
            SELECT q.*, s.body FROM attemptQuestion q JOIN attempt a ON a.id = q.attemptId JOIN user u ON u.id = a.userId
            LEFT JOIN servedQuestion s ON s.hash = q.servedHash
            WHERE \(filter) ORDER BY q.attemptId, q.position
            """, arguments: arguments)) { (r: Row) -> Int64 in r["attemptId"] }
        return rows.map { row in
            let id: Int64 = row["id"]
            return storedAttempt(row, answers: (answers[id] ?? []).map { r in
                let hash: String? = r["servedHash"]
                let question = hash.flatMap { hash in
                    served[hash] ?? (r["body"] as String?).flatMap(ServedQuestion.decode).map { served[hash] = $0; return $0 }
                }
                return answer(r, question: question)
            })
        }
    }

    /// An attempt from its row (over `attempt a` with `userName` and `sessionClosedAt`).
    static func storedAttempt(_ row: Row, answers: [StoredAttempt.Answer]) -> StoredAttempt {
        StoredAttempt(
            id: row["id"], user: row["userName"], kind: StoredAttempt.Kind(rawValue: row["kind"]) ?? .quiz, topic: row["topic"],
            passMark: row["passMark"], startedAt: row["startedAt"], finishedAt: row["finishedAt"],
            abandoned: row["abandoned"], score: row["score"], passed: row["passed"], reconstructed: row["reconstructed"],
            isSealed: false, examSession: row["examSessionId"], isSessionClosed: (row["sessionClosedAt"] as Date?) != nil,
            deadline: row["deadline"], answers: answers)
    }

    /// An answer from its `attemptQuestion` row and the question as served (nil: not kept).
    static func answer(_ r: Row, question: Question?) -> StoredAttempt.Answer {
        let order = IDList.decode(r["optionOrder"])
        return StoredAttempt.Answer(
            position: r["position"], questionID: r["questionId"], topic: r["topic"],
            question: question ?? StoredAttempt.unserved(r["questionId"], topic: r["topic"], optionOrder: order),
            optionOrder: order, chosen: (r["chosen"] as String?).map { Set(IDList.decode($0)) }, credit: r["credit"])
    }
}

enum IDList {
    static func encode(_ ids: some Collection<String>) -> String { ids.joined(separator: ",") }
    static func decode(_ text: String) -> [String] { text.split(separator: ",").map(String.init) }
}
