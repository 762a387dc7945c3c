import Foundation
import GRDB
import TrainerCore

extension Store {
    /// When each submitted quiz `viewer` may see was handed in, and its score: the cohort trend,
    /// without loading the attempts' answers (quizzes are never sealed). Newest first, as
    /// `attempts(visibleTo:)` gives them, so the day's means add up in the same order.
    public func quizScores(visibleTo viewer: Account) throws -> [(finishedAt: Date, score: Double)] {
        try writer.read { db in
            let visible = Store.visibleUsers(to: viewer)
            return try Row.fetchAll(db, sql: """
                SELECT a.finishedAt, a.score FROM attempt a JOIN user u ON u.id = a.userId
                WHERE a.kind = 'quiz' AND a.finishedAt IS NOT NULL AND a.abandoned = 0 AND a.score IS NOT NULL AND \(visible.sql)
                ORDER BY a.id DESC
                """, arguments: visible.arguments).map { ($0[0], $0[1]) }
        }
    }

    /// Finished role-plays `viewer` may see: rubric score, verdict and whether a mentor graded it,
    /// without loading scripts and turns.
    public func rolePlayScores(visibleTo viewer: Account) throws -> [(score: Int, passed: Bool, graded: Bool)] {
        try writer.read { db in
            let visible = Store.visibleUsers(to: viewer)
            return try Row.fetchAll(db, sql: """
                SELECT r.score, COALESCE(r.passed, 0), r.mentorScore IS NOT NULL AND r.gradedAt IS NOT NULL
                FROM rolePlay r JOIN user u ON u.id = r.userId
                WHERE r.finishedAt IS NOT NULL AND r.abandoned = 0 AND r.score IS NOT NULL AND \(visible.sql)
                ORDER BY r.id
                """, arguments: visible.arguments).map { ($0[0], $0[1], $0[2]) }
        }
    }
}
