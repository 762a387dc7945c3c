import Foundation
import GRDB
import TrainerCore

extension Store {
    /// Assembles and records a session in one write transaction: the history `assemble` sees is
    /// the one the forms are recorded against, so two leads opening sessions at once never hand
    /// out the same resting item. On a failure nothing is written.
    public func openExamSession<Failure: Error>(
        _ blueprint: ExamBlueprint, candidates: [Account], opensAt: Date, by lead: Account, at now: Date,
        assemble: (ExamHistory) -> Result<AssembledSession, Failure>
    ) throws -> Result<(id: Int64, session: AssembledSession), Failure> {
        try writer.write { db in
            switch assemble(try Store.examHistory(for: candidates, db)) {
            case .failure(let failure):
                return .failure(failure)
            case .success(let session):
                let forms = zip(candidates, session.forms).map { (candidate: $0.0, questions: $0.1.questions) }
                return .success((try Store.recordExamSession(blueprint, forms: forms, opensAt: opensAt, by: lead, at: now, db), session))
            }
        }
    }

    /// Records a session with forms assembled beforehand (tests, benchmarks), exposures counted.
    public func openExamSession(_ blueprint: ExamBlueprint, forms: [(candidate: Account, questions: [DrawnQuestion])],
                                opensAt: Date, by lead: Account, at now: Date) throws -> Int64 {
        try writer.write { db in try Store.recordExamSession(blueprint, forms: forms, opensAt: opensAt, by: lead, at: now, db) }
    }

    static func recordExamSession(_ blueprint: ExamBlueprint, forms: [(candidate: Account, questions: [DrawnQuestion])],
                                  opensAt: Date, by lead: Account, at now: Date, _ db: Database) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO examSession (exam, title, minutes, passMark, restDays, retireAfter, recertifyAfterDays,
                                     opensAt, openedById, createdAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [blueprint.id, blueprint.title, blueprint.minutes, blueprint.pass, blueprint.rotation.restDays,
                             blueprint.rotation.retireAfter, blueprint.recertifyAfterDays, opensAt, lead.id, now])
        let id = db.lastInsertedRowID
        for (candidate, questions) in forms {
            try db.execute(sql: "INSERT INTO examCandidate (sessionId, userId) VALUES (?, ?)", arguments: [id, candidate.id])
            for (position, drawn) in questions.enumerated() {
                let hash = try ServedQuestion.save(drawn.question, db).hash
                try db.execute(sql: """
                    INSERT INTO examFormItem (sessionId, userId, position, questionId, topic, optionOrder, servedHash)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [id, candidate.id, position, drawn.questionID, drawn.question.topic,
                                     IDList.encode(drawn.optionOrder), hash])
                try db.execute(sql: """
                    INSERT INTO examItemUse (questionId, exam, topic, exposures, lastUsedAt) VALUES (?, ?, ?, 1, ?)
                    ON CONFLICT (questionId, exam) DO UPDATE SET exposures = exposures + 1,
                        lastUsedAt = CASE WHEN excluded.lastUsedAt > lastUsedAt THEN excluded.lastUsedAt ELSE lastUsedAt END
                    """, arguments: [drawn.questionID, blueprint.id, drawn.question.topic, opensAt])
            }
        }
        return id
    }

    /// Sessions with a candidate `viewer` may see (all of them for a lead), newest first.
    public func examSessions(visibleTo viewer: Account) throws -> [ExamSessionRecord] {
        try writer.read { db in
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM examSession ORDER BY id DESC")
            return try ids.compactMap { try Store.examSession($0, visibleTo: viewer, db) }
        }
    }

    /// One session as `viewer` may see it: nil when it has none of their candidates (a lead sees all).
    public func examSession(_ id: Int64, visibleTo viewer: Account) throws -> ExamSessionRecord? {
        try writer.read { db in try Store.examSession(id, visibleTo: viewer, db) }
    }

    /// The attempts of a session's candidates that `viewer` may see, with keys sealed by the policy.
    public func examAttempts(inSession id: Int64, visibleTo viewer: Account) throws -> [StoredAttempt] {
        try writer.read { db in
            let visible = Store.visibleUsers(to: viewer)
            return try Store.attempts(where: "a.examSessionId = ? AND \(visible.sql)", arguments: [id] + visible.arguments, db)
                .map { Store.present($0, to: viewer) }
        }
    }

    /// The lead's feedback to one candidate, shown in their report once the session is closed.
    public func setExamFeedback(_ text: String, session id: Int64, for candidate: Account, by lead: Account, at now: Date) throws {
        try writer.write { db in
            try db.execute(sql: """
                UPDATE examCandidate SET feedback = ?, feedbackById = ?, feedbackAt = ? WHERE sessionId = ? AND userId = ?
                """, arguments: [text, lead.id, now, id, candidate.id])
            guard db.changesCount > 0 else { throw StoreError.notFound("\(candidate.name) is not a candidate in session \(id)") }
        }
    }

    /// Closes a session: open attempts are submitted as they stand, results open to the
    /// candidates, and each pass ticks its plan milestone (`milestones`, by user name) and
    /// issues a certificate. One transaction.
    public func closeExamSession(_ id: Int64, milestones: [String: String], by lead: Account, at now: Date) throws -> [ExamClosing] {
        try writer.write { db in
            guard let session = try Store.examSession(id, visibleTo: lead, db) else { throw StoreError.notFound("no exam session \(id)") }
            guard !session.isClosed else { throw StoreError.notAllowed("session \(id) is already closed") }
            var closings: [ExamClosing] = []
            for candidate in session.candidates {
                guard let account = try Store.account(named: candidate.user, db) else { continue }
                var closing = ExamClosing(user: candidate.user, state: candidate.state, submittedByClose: false)
                guard let attemptID = candidate.attempt, var attempt = try Store.attempt(attemptID, db) else {
                    closings.append(closing)
                    continue
                }
                if attempt.isOpen {
                    _ = try Store.submit(attempt, userID: account.id, milestone: nil, at: now, db)
                    closing.submittedByClose = true
                    closing.state = .submitted
                    attempt = try Store.attempt(attemptID, db) ?? attempt
                }
                closing.passed = attempt.passed
                if attempt.passed == true {
                    if let key = milestones[candidate.user] {
                        try Store.tick(key, userID: account.id, byID: account.id, attemptID: attemptID, at: now, db)
                        closing.milestone = key
                    }
                    closing.certificate = try Store.issueCertificate(session: session, attempt: attempt, userID: account.id, at: now, db)
                }
                closings.append(closing)
            }
            try db.execute(sql: "UPDATE examSession SET closedAt = ?, closedById = ? WHERE id = ?", arguments: [now, lead.id, id])
            return closings
        }
    }

    // MARK: - Inside a transaction

    static func examSession(_ id: Int64, visibleTo viewer: Account, _ db: Database) throws -> ExamSessionRecord? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT s.*, o.name AS openedByName FROM examSession s JOIN user o ON o.id = s.openedById WHERE s.id = ?
            """, arguments: [id]) else { return nil }
        let visible = visibleUsers(to: viewer)
        let candidates = try Row.fetchAll(db, sql: """
            SELECT u.name, c.attemptId, c.feedback, a.startedAt, a.deadline, a.finishedAt,
                   (SELECT COUNT(*) FROM examFormItem f WHERE f.sessionId = c.sessionId AND f.userId = c.userId) AS questions,
                   (SELECT COUNT(*) FROM attemptQuestion q WHERE q.attemptId = c.attemptId AND q.chosen IS NOT NULL) AS answered
            FROM examCandidate c JOIN user u ON u.id = c.userId LEFT JOIN attempt a ON a.id = c.attemptId
            WHERE c.sessionId = ? AND \(visible.sql) ORDER BY u.name
            """, arguments: [id] + visible.arguments).map { r in
            let finished: Date? = r["finishedAt"]
            let attempt: Int64? = r["attemptId"]
            return ExamSessionRecord.Candidate(
                user: r["name"], attempt: attempt,
                state: attempt == nil ? .notStarted : (finished == nil ? .inProgress : .submitted),
                startedAt: r["startedAt"], deadline: r["deadline"], finishedAt: finished,
                answered: r["answered"], questions: r["questions"], feedback: r["feedback"])
        }
        guard viewer.role == .lead || !candidates.isEmpty else { return nil }
        return ExamSessionRecord(
            id: id, exam: row["exam"], title: row["title"], minutes: row["minutes"], passMark: row["passMark"],
            restDays: row["restDays"], retireAfter: row["retireAfter"], recertifyAfterDays: row["recertifyAfterDays"],
            opensAt: row["opensAt"], openedBy: row["openedByName"], createdAt: row["createdAt"], closedAt: row["closedAt"],
            candidates: candidates)
    }
}
