import Foundation
import GRDB
import TrainerCore

extension Store {
    /// Certificates of the people `viewer` may see (optionally one person's), newest first.
    public func certificates(visibleTo viewer: Account, of name: String? = nil) throws -> [Certificate] {
        try writer.read { db in
            let (filter, arguments) = Store.visibleUsers(to: viewer, named: name)
            return try Row.fetchAll(db, sql: """
                SELECT c.*, u.name FROM certificate c JOIN user u ON u.id = c.userId WHERE \(filter)
                ORDER BY c.issuedDay DESC, c.number DESC
                """, arguments: arguments).compactMap { row in
                guard let issued = Day(row["issuedDay"] as String) else { return nil }
                return Certificate(id: row["code"], user: row["name"], exam: row["exam"], examTitle: row["examTitle"],
                                   score: row["score"], issued: issued, recertifyBy: (row["recertifyDay"] as String?).flatMap(Day.init))
            }
        }
    }

    static func issueCertificate(session: ExamSessionRecord, attempt: StoredAttempt, userID: Int64, at now: Date,
                                 _ db: Database) throws -> String {
        let issued = Day(date: now)
        let recertify = Certificate.recertifyBy(issued: issued, afterDays: session.recertifyAfterDays)
        try db.execute(sql: """
            INSERT INTO certificate (code, userId, exam, examTitle, score, sessionId, attemptId, issuedDay, recertifyDay, issuedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: ["pending-\(attempt.id)", userID, session.exam, session.title, attempt.score ?? 0, session.id, attempt.id,
                             issued.description, recertify?.description, now])
        let number = db.lastInsertedRowID
        let code = Certificate.id(exam: session.exam, issued: issued, number: number)
        try db.execute(sql: "UPDATE certificate SET code = ? WHERE number = ?", arguments: [code, number])
        return code
    }
}
