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
    /// The plan item the meeting was held for (nil for a pre-v4 meeting not matched to one).
    public var itemKey: String?
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
    /// Sets the day a trainee's plan starts, written to the plan's change log like every change.
    public func setStart(of user: Account, to day: Day, by author: Account, why: String, at now: Date) throws {
        try writer.write { db in
            try db.execute(sql: "UPDATE user SET startDay = ? WHERE id = ?", arguments: [day.description, user.id])
            try Store.record(PlanChange(id: 0, kind: .start, day: day, why: why, by: author.name),
                             userID: user.id, byID: author.id, at: now, db)
        }
    }

    @discardableResult
    public func recordPlanChange(_ change: PlanChange, for user: Account, by author: Account, at now: Date) throws -> Int64 {
        try writer.write { db in try Store.record(change, userID: user.id, byID: author.id, at: now, db) }
    }

    /// The plan changes of a trainee, oldest first.
    public func planChanges(for user: Account) throws -> [PlanChange] {
        try writer.read { db in try Store.planChangesByUser(of: .only(user), db)[user.id] ?? [] }
    }

    public func markLessonRead(_ lesson: String, by user: Account, at now: Date) throws {
        try writer.write { db in
            try db.execute(sql: """
                INSERT INTO lessonRead (userId, lesson, at) VALUES (?, ?, ?) ON CONFLICT (userId, lesson) DO NOTHING
                """, arguments: [user.id, lesson, now])
        }
    }

    /// Ticks the plan item with stable key `key` (once; a second tick changes nothing).
    public func tick(_ key: String, for user: Account, by author: Account, at now: Date) throws {
        try writer.write { db in try Store.tick(key, userID: user.id, byID: author.id, attemptID: nil, at: now, db) }
    }

    /// Takes a tick back and logs why in the plan's change log; false when it was not ticked.
    @discardableResult
    public func untick(_ key: String, for user: Account, by author: Account, why: String, on day: Day, at now: Date) throws -> Bool {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM itemTick WHERE userId = ? AND itemKey = ?", arguments: [user.id, key])
            guard db.changesCount > 0 else { return false }
            try Store.record(PlanChange(id: 0, kind: .untick, day: day, itemKey: key, why: why, by: author.name),
                             userID: user.id, byID: author.id, at: now, db)
            return true
        }
    }

    /// Records a meeting held for plan item `itemKey` (ticking it); returns its number for this
    /// trainee (1, 2, …).
    @discardableResult
    public func logMeeting(for user: Account, mentor: Account, item itemKey: String?, notes: String, outcome: String,
                           at now: Date) throws -> Int {
        try writer.write { db in
            try db.execute(sql: "INSERT INTO meeting (userId, mentorId, notes, outcome, at, itemKey) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [user.id, mentor.id, notes, outcome, now, itemKey])
            if let itemKey { try Store.tick(itemKey, userID: user.id, byID: mentor.id, attemptID: nil, at: now, db) }
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM meeting WHERE userId = ?", arguments: [user.id]) ?? 1
        }
    }

    public func meetings(for user: Account) throws -> [MeetingRecord] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT m.*, u.name AS mentorName FROM meeting m JOIN user u ON u.id = m.mentorId WHERE m.userId = ? ORDER BY m.id
                """, arguments: [user.id]).enumerated().map { index, row in
                MeetingRecord(number: index + 1, mentor: row["mentorName"], notes: row["notes"], outcome: row["outcome"],
                              at: row["at"], itemKey: row["itemKey"])
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
        try writer.read { db in try Store.planFactsByUser(of: .only(user), db)[user.id] ?? PlanFacts() }
    }

    // MARK: - Inside a transaction

    static func tick(_ key: String, userID: Int64, byID: Int64, attemptID: Int64?, at now: Date, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO itemTick (userId, itemKey, byId, at, attemptId) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (userId, itemKey) DO NOTHING
            """, arguments: [userID, key, byID, now, attemptID])
    }

    @discardableResult
    static func record(_ change: PlanChange, userID: Int64, byID: Int64, at now: Date, _ db: Database) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO planChange (userId, kind, day, days, planDay, itemKind, itemRef, itemKey, why, byId, at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [userID, change.kind.rawValue, change.day.description, change.days, change.planDay,
                             change.item?.kind.rawValue, change.item?.ref, change.itemKey, change.why, byID, now])
        return db.lastInsertedRowID
    }
}
