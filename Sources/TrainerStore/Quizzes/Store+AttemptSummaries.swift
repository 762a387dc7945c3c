import Foundation
import GRDB
import TrainerCore

/// An attempt as a listing shows it (`show`, the `results` table): its figures and how many of its
/// questions were answered, without the questions. Sealed as `Store.present` seals the whole attempt.
public struct AttemptSummary: Sendable, Equatable {
    public var id: Int64
    public var user: String
    public var kind: AttemptKind
    public var topic: String
    public var startedAt: Date
    public var finishedAt: Date?
    public var abandoned: Bool
    /// nil while sealed.
    public var score: Double?
    /// nil while sealed.
    public var passed: Bool?
    public var reconstructed: Bool
    public var isSealed: Bool
    public var questionCount: Int
    public var answeredCount: Int

    public var state: StoredAttempt.State { StoredAttempt.State(finishedAt: finishedAt, abandoned: abandoned) }
}

extension Store {
    /// Hands `body` a summary of each attempt `viewer` may see, newest first, in the order and
    /// with the sealing of `forEachAttempt`; `body` returns false to stop. No served question is read.
    public func forEachAttemptSummary(visibleTo viewer: Account, of name: String? = nil, _ body: (AttemptSummary) throws -> Bool) throws {
        try writer.read { db in
            let (filter, arguments) = Store.visibleUsers(to: viewer, named: name)
            // The counts are correlated subqueries: worked out only for the rows read.
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT a.id, u.name, a.kind, a.topic, a.startedAt, a.finishedAt, a.abandoned, a.score, a.passed, a.reconstructed,
                       es.closedAt IS NOT NULL,
                       (SELECT COUNT(*) FROM attemptQuestion q WHERE q.attemptId = a.id),
                       (SELECT COUNT(q.chosen) FROM attemptQuestion q WHERE q.attemptId = a.id)
                FROM attempt a JOIN user u ON u.id = a.userId LEFT JOIN examSession es ON es.id = a.examSessionId
                WHERE \(filter) ORDER BY a.id DESC
                """, arguments: arguments)
            while let row = try cursor.next() {
                let user: String = row[1], kind = AttemptKind(rawValue: row[2]) ?? .quiz
                let finishedAt: Date? = row[5], abandoned: Bool = row[6]
                let standing = StoredAttempt.standing(StoredAttempt.State(finishedAt: finishedAt, abandoned: abandoned), isSessionClosed: row[10])
                let shows = AttemptVisibility.showsKey(of: kind, standing, toOwner: user == viewer.name, viewerRole: viewer.role)
                let summary = AttemptSummary(
                    id: row[0], user: user, kind: kind, topic: row[3], startedAt: row[4], finishedAt: finishedAt, abandoned: abandoned,
                    score: shows ? row[7] : nil, passed: shows ? row[8] : nil, reconstructed: row[9], isSealed: !shows,
                    questionCount: row[11], answeredCount: row[12])
                guard try body(summary) else { return }
            }
        }
    }
}
