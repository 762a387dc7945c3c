import Foundation
import GRDB
import TrainerCore

/// A logged mentor meeting.
public struct MeetingRecord: Sendable, Equatable, Codable {
    public var number: Int
    public var mentor: String
    public var notes: String
    public var outcome: String
    public var at: Date
}

/// A trainee's answers to the weekly self-review.
public struct SelfReview: Sendable, Equatable, Codable {
    public var week: Int
    public var frequentProblem: String
    public var busiestTimes: String
    public var otherPatterns: String
    public var at: Date

    public init(week: Int, frequentProblem: String, busiestTimes: String, otherPatterns: String, at: Date) {
        self.week = week
        self.frequentProblem = frequentProblem
        self.busiestTimes = busiestTimes
        self.otherPatterns = otherPatterns
        self.at = at
    }
}

extension Store {
    public func setStart(of user: Account, to day: Day) throws {
        try writer.write { db in
            try db.execute(sql: "UPDATE user SET startDay = ? WHERE id = ?", arguments: [day.description, user.id])
        }
    }

    @discardableResult
    public func recordPlanChange(_ change: PlanChange, for user: Account, by author: Account, at now: Date) throws -> Int64 {
        try writer.write { db in
            try db.execute(sql: """
                INSERT INTO planChange (userId, kind, day, days, planDay, itemKind, itemRef, why, byId, at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [user.id, change.kind.rawValue, change.day.description, change.days, change.planDay,
                                 change.item?.kind.rawValue, change.item?.ref, change.why, author.id, now])
            return db.lastInsertedRowID
        }
    }

    /// The plan changes of a trainee, oldest first.
    public func planChanges(for user: Account) throws -> [PlanChange] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT c.*, u.name AS byName FROM planChange c JOIN user u ON u.id = c.byId WHERE c.userId = ? ORDER BY c.id
                """, arguments: [user.id]).compactMap { row in
                guard let kind = PlanChange.Kind(rawValue: row["kind"]), let day = Day(row["day"] as String) else { return nil }
                let item = (row["itemKind"] as String?).flatMap(PlanItem.Kind.init(rawValue:)).map { PlanItem(kind: $0, ref: row["itemRef"] ?? "") }
                return PlanChange(id: row["id"], kind: kind, day: day, days: row["days"], planDay: row["planDay"], item: item,
                                  why: row["why"], by: row["byName"])
            }
        }
    }

    public func markLessonRead(_ lesson: String, by user: Account, at now: Date) throws {
        try writer.write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO lessonRead (userId, lesson, at) VALUES (?, ?, ?)", arguments: [user.id, lesson, now])
        }
    }

    public func tick(_ key: String, for user: Account, by author: Account, at now: Date) throws {
        try writer.write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO itemTick (userId, itemKey, byId, at) VALUES (?, ?, ?, ?)",
                           arguments: [user.id, key, author.id, now])
        }
    }

    /// Records a meeting; returns its number for this trainee (1, 2, …).
    @discardableResult
    public func logMeeting(for user: Account, mentor: Account, notes: String, outcome: String, at now: Date) throws -> Int {
        try writer.write { db in
            try db.execute(sql: "INSERT INTO meeting (userId, mentorId, notes, outcome, at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [user.id, mentor.id, notes, outcome, now])
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM meeting WHERE userId = ?", arguments: [user.id]) ?? 1
        }
    }

    public func meetings(for user: Account) throws -> [MeetingRecord] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT m.*, u.name AS mentorName FROM meeting m JOIN user u ON u.id = m.mentorId WHERE m.userId = ? ORDER BY m.id
                """, arguments: [user.id]).enumerated().map { index, row in
                MeetingRecord(number: index + 1, mentor: row["mentorName"], notes: row["notes"], outcome: row["outcome"], at: row["at"])
            }
        }
    }

    public func saveSelfReview(_ review: SelfReview, for user: Account) throws {
        try writer.write { db in
            try db.execute(sql: """
                INSERT INTO selfReview (userId, week, frequentProblem, busiestTimes, otherPatterns, at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (userId, week) DO UPDATE SET frequentProblem = excluded.frequentProblem,
                  busiestTimes = excluded.busiestTimes, otherPatterns = excluded.otherPatterns, at = excluded.at
                """, arguments: [user.id, review.week, review.frequentProblem, review.busiestTimes, review.otherPatterns, review.at])
        }
    }

    public func selfReviews(for user: Account) throws -> [SelfReview] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM selfReview WHERE userId = ? ORDER BY week", arguments: [user.id]).map {
                SelfReview(week: $0["week"], frequentProblem: $0["frequentProblem"], busiestTimes: $0["busiestTimes"],
                           otherPatterns: $0["otherPatterns"], at: $0["at"])
            }
        }
    }

    /// Everything the plan needs to know about what a trainee did.
    public func planFacts(for user: Account) throws -> PlanFacts {
        try writer.read { db in
            let lessons = try String.fetchAll(db, sql: "SELECT lesson FROM lessonRead WHERE userId = ?", arguments: [user.id])
            let scores = try Row.fetchAll(db, sql: """
                SELECT topic, MAX(score) AS best FROM attempt
                WHERE userId = ? AND kind = 'quiz' AND finishedAt IS NOT NULL AND abandoned = 0 GROUP BY topic
                """, arguments: [user.id])
            let meetings = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM meeting WHERE userId = ?", arguments: [user.id]) ?? 0
            let ticks = try String.fetchAll(db, sql: "SELECT itemKey FROM itemTick WHERE userId = ?", arguments: [user.id])
            return PlanFacts(lessonsRead: Set(lessons),
                             bestQuizScores: Dictionary(uniqueKeysWithValues: scores.map { ($0["topic"] as String, $0["best"] as Double? ?? 0) }),
                             meetingsLogged: meetings, ticked: Set(ticks))
        }
    }

    /// The last time the trainee did anything trainer records.
    public func lastActivity(of user: Account) throws -> Date? {
        try writer.read { db in
            try Date.fetchOne(db, sql: """
                SELECT MAX(at) FROM (
                  SELECT MAX(q.answeredAt) AS at FROM attemptQuestion q JOIN attempt a ON a.id = q.attemptId WHERE a.userId = ?1
                  UNION ALL SELECT MAX(at) FROM lessonRead WHERE userId = ?1
                  UNION ALL SELECT MAX(at) FROM itemTick WHERE userId = ?1
                  UNION ALL SELECT MAX(at) FROM selfReview WHERE userId = ?1)
                """, arguments: [user.id])
        }
    }
}
