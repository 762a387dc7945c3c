import Foundation
import GRDB
import TrainerCore

/// Everything the mentor's desk shows about one trainee, read for all of them at once.
public struct TraineeActivity: Sendable {
    public var changes: [PlanChange] = []
    public var facts = PlanFacts()
    /// Weakest first (see `Mastery`).
    public var mastery: [TopicMastery] = []
    public var quizAverage: Double?
    public var lastActivity: Date?
    public var selfReviewTimes: [Date] = []
    public var lastMeeting: Date?
    public var rolePlaysToGrade = 0
    /// Sandbox replies waiting for the mentor's approval.
    public var draftsToApprove = 0

    public init() {}
}

/// Whose records a set-based query reads: a condition over `user u`.
struct UserFilter {
    var sql: String
    var arguments: StatementArguments

    static func only(_ user: Account) -> UserFilter { UserFilter(sql: "u.id = ?", arguments: [user.id]) }

    static func trainees(visibleTo viewer: Account) -> UserFilter {
        let visible = Store.visibleUsers(to: viewer)
        return UserFilter(sql: "u.role = 'trainee' AND u.removedAt IS NULL AND \(visible.sql)", arguments: visible.arguments)
    }
}

extension Store {
    /// The desk's figures for every trainee `viewer` may see, by name: a fixed number of
    /// set-based queries however many trainees there are.
    public func traineeActivity(visibleTo viewer: Account) throws -> [String: TraineeActivity] {
        try writer.read { db in try Store.activity(of: .trainees(visibleTo: viewer), db) }
    }

    /// The same figures for one trainee (`show`).
    public func traineeActivity(of trainee: Account) throws -> TraineeActivity {
        try writer.read { db in try Store.activity(of: .only(trainee), db)[trainee.name] ?? TraineeActivity() }
    }

    /// Mastery per topic from the last `Mastery.window` answers of each, weakest first (`weak`, `show`).
    public func mastery(of user: Account) throws -> [TopicMastery] {
        try writer.read { db in try Store.masteryByUser(of: .only(user), db)[user.id] ?? [] }
    }

    static func activity(of users: UserFilter, _ db: Database) throws -> [String: TraineeActivity] {
        let names = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT u.id, u.name FROM user u WHERE \(users.sql)",
                                                                     arguments: users.arguments).map { ($0["id"] as Int64, $0["name"] as String) })
        var byID = names.mapValues { _ in TraineeActivity() }
        for (id, changes) in try planChangesByUser(of: users, db) { byID[id]?.changes = changes }
        for (id, facts) in try planFactsByUser(of: users, db) { byID[id]?.facts = facts }
        for (id, mastery) in try masteryByUser(of: users, db) { byID[id]?.mastery = mastery }
        for row in try Row.fetchAll(db, sql: """
            SELECT a.userId, AVG(a.score) AS average FROM attempt a JOIN user u ON u.id = a.userId
            WHERE a.kind = 'quiz' AND \(submitted) AND \(users.sql) GROUP BY a.userId
            """, arguments: users.arguments) { byID[row["userId"]]?.quizAverage = row["average"] }
        for (id, at) in try lastActivityByUser(of: users, db) { byID[id]?.lastActivity = at }
        for row in try Row.fetchAll(db, sql: "SELECT s.userId, s.at FROM selfReview s JOIN user u ON u.id = s.userId WHERE \(users.sql) ORDER BY s.week",
                                    arguments: users.arguments) { byID[row["userId"]]?.selfReviewTimes.append(row["at"]) }
        // The meeting logged last, as `meetings(for:)` numbers them.
        for row in try Row.fetchAll(db, sql: """
            SELECT m.userId, m.at FROM meeting m JOIN user u ON u.id = m.userId
            WHERE \(users.sql) AND m.id = (SELECT MAX(l.id) FROM meeting l WHERE l.userId = m.userId)
            """, arguments: users.arguments) { byID[row["userId"]]?.lastMeeting = row["at"] }
        for row in try Row.fetchAll(db, sql: """
            SELECT r.userId, COUNT(*) AS waiting FROM rolePlay r JOIN user u ON u.id = r.userId
            WHERE r.finishedAt IS NOT NULL AND r.abandoned = 0 AND r.gradedAt IS NULL AND \(users.sql) GROUP BY r.userId
            """, arguments: users.arguments) { byID[row["userId"]]?.rolePlaysToGrade = row["waiting"] }
        for row in try Row.fetchAll(db, sql: """
            SELECT s.userId, COUNT(*) AS waiting FROM shiftDraft d JOIN shift s ON s.id = d.shiftId JOIN user u ON u.id = s.userId
            WHERE \(waitingDraft) AND \(users.sql) GROUP BY s.userId
            """, arguments: users.arguments) { byID[row["userId"]]?.draftsToApprove = row["waiting"] }
        return Dictionary(uniqueKeysWithValues: byID.compactMap { id, activity in names[id].map { ($0, activity) } })
    }

    static func planChangesByUser(of users: UserFilter, _ db: Database) throws -> [Int64: [PlanChange]] {
        try Row.fetchAll(db, sql: """
            SELECT c.*, b.name AS byName FROM planChange c JOIN user b ON b.id = c.byId JOIN user u ON u.id = c.userId
            WHERE \(users.sql) ORDER BY c.userId, c.id
            """, arguments: users.arguments).reduce(into: [:]) { changes, row in
            guard let kind = PlanChange.Kind(rawValue: row["kind"]), let day = Day(row["day"] as String) else { return }
            let item = (row["itemKind"] as String?).flatMap(PlanItem.Kind.init(rawValue:)).map { PlanItem(kind: $0, ref: row["itemRef"] ?? "") }
            changes[row["userId"], default: []].append(PlanChange(id: row["id"], kind: kind, day: day, days: row["days"], planDay: row["planDay"],
                                                                  item: item, itemKey: row["itemKey"], why: row["why"], by: row["byName"]))
        }
    }

    static func planFactsByUser(of users: UserFilter, _ db: Database) throws -> [Int64: PlanFacts] {
        var facts: [Int64: PlanFacts] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT l.userId, l.lesson FROM lessonRead l JOIN user u ON u.id = l.userId WHERE \(users.sql)",
                                    arguments: users.arguments) { facts[row["userId"], default: PlanFacts()].lessonsRead.insert(row["lesson"]) }
        // Per topic the best quiz score, and whether the latest submitted quiz did not pass (any
        // quiz finished at that latest time, as a tie counted before): one pass over the covering
        // index, then one seek per topic (a seek per failed quiz took a lead's desk 60 ms).
        for row in try Row.fetchAll(db, sql: """
            SELECT l.userId, l.topic, l.best,
                   EXISTS (SELECT 1 FROM attempt f WHERE f.userId = l.userId AND f.topic = l.topic AND f.kind = 'quiz'
                                                     AND f.finishedAt = l.last AND f.abandoned = 0 AND f.passed = 0) AS failedLast
            FROM (SELECT a.userId, a.topic, MAX(a.score) AS best, MAX(a.finishedAt) AS last FROM attempt a JOIN user u ON u.id = a.userId
                  WHERE a.kind = 'quiz' AND \(submitted) AND \(users.sql) GROUP BY a.userId, a.topic) l
            """, arguments: users.arguments) {
            facts[row["userId"], default: PlanFacts()].bestQuizScores[row["topic"]] = row["best"] ?? 0
            if row["failedLast"] { facts[row["userId"], default: PlanFacts()].failedQuizTopics.insert(row["topic"]) }
        }
        for row in try Row.fetchAll(db, sql: "SELECT t.userId, t.itemKey FROM itemTick t JOIN user u ON u.id = t.userId WHERE \(users.sql)",
                                    arguments: users.arguments) { facts[row["userId"], default: PlanFacts()].ticked.insert(row["itemKey"]) }
        return facts
    }

    /// Per user and topic, the mastery of the credits kept for it (`Store+MasterySummary`).
    static func masteryByUser(of users: UserFilter, _ db: Database) throws -> [Int64: [TopicMastery]] {
        try Row.fetchAll(db, sql: """
            SELECT m.userId, m.topic, m.answered, m.mean FROM masterySummary m JOIN user u ON u.id = m.userId WHERE \(users.sql)
            """, arguments: users.arguments).reduce(into: [Int64: [TopicMastery]]()) { mastery, row in
            mastery[row["userId"], default: []].append(Mastery.of(row["topic"], answered: row["answered"], mean: row["mean"]))
        }.mapValues(Mastery.ranked)
    }

    /// The last time each user did anything trainer records.
    static func lastActivityByUser(of users: UserFilter, _ db: Database) throws -> [Int64: Date] {
        let parts = [
            "SELECT l.userId, l.at FROM lastAnswer l JOIN user u ON u.id = l.userId WHERE \(users.sql)",
            "SELECT l.userId, MAX(l.at) FROM lessonRead l JOIN user u ON u.id = l.userId WHERE \(users.sql) GROUP BY l.userId",
            "SELECT t.userId, MAX(t.at) FROM itemTick t JOIN user u ON u.id = t.userId WHERE \(users.sql) GROUP BY t.userId",
            "SELECT s.userId, MAX(s.at) FROM selfReview s JOIN user u ON u.id = s.userId WHERE \(users.sql) GROUP BY s.userId",
            // Kept per trainee as turns are recorded (v13): a seek per role-play was a third of a lead's desk in SQLite.
            "SELECT l.userId, l.at FROM lastAgentTurn l JOIN user u ON u.id = l.userId WHERE \(users.sql)",
        ]
        var arguments = StatementArguments()
        for _ in parts { arguments += users.arguments }
        return try Row.fetchAll(db, sql: "SELECT userId, MAX(at) AS at FROM (\(parts.joined(separator: " UNION ALL "))) GROUP BY userId",
                                arguments: arguments).reduce(into: [:]) { last, row in
            if let at = row["at"] as Date? { last[row["userId"]] = at }
        }
    }
}
