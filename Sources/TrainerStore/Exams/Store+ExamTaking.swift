import Foundation
import GRDB
import TrainerCore

extension Store {
    /// Starts or resumes a candidate's attempt at their form. The first call creates the attempt
    /// from the form as served, with its deadline (now + the exam's minutes); later calls return
    /// the same attempt and deadline, or submit it as it stands once the deadline has passed.
    /// Refused for someone who is not a candidate, before the session opens, after it closes,
    /// and once the attempt was handed in.
    public func beginExam(session id: Int64, for user: Account, at now: Date) throws -> ExamStart {
        try writer.write { db in
            guard let session = try Row.fetchOne(db, sql: "SELECT * FROM examSession WHERE id = ?", arguments: [id]) else {
                throw StoreError.notFound("no exam session \(id)")
            }
            guard let candidate = try Row.fetchOne(db, sql: "SELECT * FROM examCandidate WHERE sessionId = ? AND userId = ?",
                                                   arguments: [id, user.id]) else {
                throw StoreError.notAllowed("you are not a candidate in session \(id)")
            }
            guard (session["closedAt"] as Date?) == nil else { throw StoreError.notAllowed("session \(id) is closed") }
            let opensAt: Date = session["opensAt"]
            guard opensAt <= now else {
                throw StoreError.notAllowed("session \(id) opens at \(Store.minute(opensAt)); come back then")
            }
            if let attemptID = candidate["attemptId"] as Int64? {
                guard let attempt = try Store.attempt(attemptID, db) else { throw StoreError.notFound("attempt \(attemptID) is missing") }
                guard attempt.isOpen else {
                    throw StoreError.notAllowed("you have already handed in session \(id); your result is shown once the lead closes it")
                }
                if let deadline = attempt.deadline, now > deadline {
                    _ = try Store.submit(attempt, userID: user.id, milestone: nil, at: now, db)
                    return .timeUp(Store.present(try Store.attempt(attemptID, db) ?? attempt, to: user))
                }
                return .resumed(Store.present(attempt, to: user))
            }
            let minutes: Int = session["minutes"]
            try db.execute(sql: """
                INSERT INTO attempt (userId, kind, topic, passMark, startedAt, examSessionId, deadline) VALUES (?, 'exam', ?, ?, ?, ?, ?)
                """, arguments: [user.id, session["exam"] as String, session["passMark"] as Double, now, id,
                                 now.addingTimeInterval(Double(minutes) * 60)])
            let attemptID = db.lastInsertedRowID
            try db.execute(sql: """
                INSERT INTO attemptQuestion (attemptId, position, questionId, topic, optionOrder, servedHash, servedId)
                SELECT ?, f.position, f.questionId, f.topic, f.optionOrder, f.servedHash, s.id
                FROM examFormItem f LEFT JOIN servedQuestion s ON s.hash = f.servedHash
                WHERE f.sessionId = ? AND f.userId = ? ORDER BY f.position
                """, arguments: [attemptID, id, user.id])
            try db.execute(sql: "UPDATE examCandidate SET attemptId = ? WHERE sessionId = ? AND userId = ?",
                           arguments: [attemptID, id, user.id])
            guard let attempt = try Store.attempt(attemptID, db) else { throw StoreError.notFound("attempt \(attemptID) is missing") }
            return .started(Store.present(attempt, to: user))
        }
    }

    /// `2026-11-23 09:00` in local time, for messages.
    static func minute(_ date: Date) -> String {
        let c = Day.calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
    }
}
