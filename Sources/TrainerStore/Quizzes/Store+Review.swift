import Foundation
import GRDB
import TrainerCore

/// A question waiting in a review queue.
public struct ReviewItem: Sendable, Equatable {
    public var questionID: String
    public var state: ReviewSchedule.State
}

extension Store {
    /// Questions due for review on `day` (and overdue ones), oldest first.
    public func dueReviewItems(for user: Account, on day: Day) throws -> [ReviewItem] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT questionId, step, dueDay FROM reviewItem WHERE userId = ? AND dueDay <= ? ORDER BY dueDay, questionId
                """, arguments: [user.id, day.description]).map {
                ReviewItem(questionID: $0["questionId"],
                           state: ReviewSchedule.State(step: $0["step"], due: Day($0["dueDay"] as String) ?? day))
            }
        }
    }

    public func reviewQueue(for user: Account) throws -> [ReviewItem] {
        try dueReviewItems(for: user, on: Day(year: 9999, month: 12, day: 31))
    }

    /// The ids of `reviewQueue(for:)`, in its order, without their schedules (the sheet lists them).
    public func reviewQueueQuestionIDs(for user: Account) throws -> [String] {
        try writer.read { db in
            try String.fetchAll(db, sql: "SELECT questionId FROM reviewItem WHERE userId = ? ORDER BY dueDay, questionId", arguments: [user.id])
        }
    }

    /// Takes questions out of a trainee's review queue (they were removed from the banks).
    public func dropFromReviewQueue(_ questionIDs: [String], for user: Account) throws {
        try writer.write { db in
            for id in questionIDs {
                try db.execute(sql: "DELETE FROM reviewItem WHERE userId = ? AND questionId = ?", arguments: [user.id, id])
            }
        }
    }

    static func reviewQueue(userID: Int64, _ db: Database) throws -> [String: ReviewSchedule.State] {
        try Row.fetchAll(db, sql: "SELECT questionId, step, dueDay FROM reviewItem WHERE userId = ?", arguments: [userID])
            .reduce(into: [:]) { queue, row in
                guard let due = Day(row["dueDay"] as String) else { return }
                queue[row["questionId"]] = ReviewSchedule.State(step: row["step"], due: due)
            }
    }

    public func dueReviewCount(for user: Account, on day: Day) throws -> Int {
        try writer.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM reviewItem WHERE userId = ? AND dueDay <= ?",
                             arguments: [user.id, day.description]) ?? 0
        }
    }

    static func apply(_ updates: [ReviewUpdate], userID: Int64, _ db: Database) throws {
        for update in updates {
            switch update.change {
            case .schedule(let state):
                try db.execute(sql: """
                    INSERT INTO reviewItem (userId, questionId, step, dueDay) VALUES (?, ?, ?, ?)
                    ON CONFLICT (userId, questionId) DO UPDATE SET step = excluded.step, dueDay = excluded.dueDay
                    """, arguments: [userID, update.questionID, state.step, state.due.description])
            case .retire:
                try db.execute(sql: "DELETE FROM reviewItem WHERE userId = ? AND questionId = ?", arguments: [userID, update.questionID])
            }
        }
    }
}

extension Store {
    /// An attempt `a` that was submitted: closed and not abandoned.
    static let submitted = "a.finishedAt IS NOT NULL AND a.abandoned = 0"

    /// The day of each question's latest miss (credit below 1) in a trainee's submitted quizzes
    /// and reviews, by question id: what the meeting sheet weighs.
    public func lastMisses(of user: Account) throws -> [String: Day] {
        try writer.read { db in
            // Every miss, each day kept if later: grouping in SQL would sort and copy every time.
            var days: [String: Day] = [:]
            let statement = try db.makeStatement(sql: """
                SELECT q.questionId, q.answeredAt FROM attemptQuestion q JOIN attempt a ON a.id = q.attemptId
                WHERE a.userId = ? AND a.kind IN ('quiz', 'review') AND \(Store.submitted) AND q.credit < 1
                """)
            let zone = TimeZone.current
            try statement.forEachColumnRow(arguments: [user.id]) { row in
                // A credit is given with its time; a damaged row without one is left out rather than trapping.
                guard let at = row.optionalBytes(1), let day = StoredTimestamp.day(at, in: zone) else { return }
                let id = row.string(0)
                if days[id].map({ $0 < day }) ?? true { days[id] = day }
            }
            return days
        }
    }
}
