import Foundation
import GRDB
import TrainerCore

/// Mastery and last activity kept as answers come in (v11), so the desk reads a few rows per
/// trainee instead of ordering every answer they ever gave: per trainee and topic the credits
/// `Mastery.recent` keeps, and per trainee the time of their last answer.
extension Store {
    static func registerMasterySummary(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v11-mastery-summary") { db in
            try db.create(table: "masterySummary") { t in
                t.column("userId", .integer).notNull().references("user", onDelete: .cascade)
                t.column("topic", .text).notNull()
                t.column("answered", .integer).notNull()
                t.column("mean", .double).notNull()
                /// The kept credits, newest first (`RecentCreditsText`).
                t.column("recent", .text).notNull()
                t.primaryKey(["userId", "topic"])
            }
            try db.create(table: "lastAnswer") { t in
                t.primaryKey("userId", .integer).references("user", onDelete: .cascade)
                t.column("at", .datetime).notNull()
            }
            try Store.rebuildAnswerSummaries(db)
            // Plan facts read each trainee's quizzes by topic: best score, and whether the latest failed.
            try db.create(index: "attempt_on_user_topic_kind", on: "attempt",
                          columns: ["userId", "topic", "kind", "finishedAt", "abandoned", "passed", "score"])
            // Last activity reads each role-play's last agent turn.
            try db.create(index: "rolePlayTurn_on_speaker_time", on: "rolePlayTurn", columns: ["rolePlayId", "speaker", "at"])
        }
    }

    /// Recomputes both summaries from the recorded answers (the migration's backfill; also for
    /// histories written straight into the schema, as the scale generator does).
    public func rebuildAnswerSummaries() throws {
        try writer.write { db in try Store.rebuildAnswerSummaries(db) }
    }

    // MARK: - Inside a transaction

    static func rebuildAnswerSummaries(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM masterySummary")
        for (key, credits) in try recentCredits(where: "1 = 1", arguments: [], db) {
            try saveMastery(userID: key.userID, topic: key.topic, credits, db)
        }
        try db.execute(sql: "DELETE FROM lastAnswer")
        try db.execute(sql: """
            INSERT INTO lastAnswer (userId, at)
            SELECT a.userId, MAX(q.answeredAt) FROM attempt a JOIN attemptQuestion q ON q.attemptId = a.id
            WHERE q.answeredAt IS NOT NULL GROUP BY a.userId
            """)
    }

    /// Adds a just-submitted quiz or review to its trainee's mastery summary (exams do not count).
    static func keepMastery(afterSubmitting attemptID: Int64, userID: Int64, _ db: Database) throws {
        let added = try recentCredits(where: "a.id = ?", arguments: [attemptID], db)
        for (key, credits) in added {
            let text = try String.fetchOne(db, sql: "SELECT recent FROM masterySummary WHERE userId = ? AND topic = ?",
                                           arguments: [userID, key.topic])
            guard let kept = text.map(RecentCreditsText.decode) ?? [] else {
                // An unreadable summary is rebuilt from the answers, the new ones included.
                let all = try recentCredits(where: "a.userId = ? AND q.topic = ?", arguments: [userID, key.topic], db)
                try saveMastery(userID: userID, topic: key.topic, all[key] ?? credits, db)
                continue
            }
            try saveMastery(userID: userID, topic: key.topic, Mastery.recent(kept, adding: credits), db)
        }
    }

    /// Notes an answer's time as its trainee's last, whatever the attempt.
    static func keepLastAnswer(userID: Int64, at now: Date, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO lastAnswer (userId, at) VALUES (?, ?) ON CONFLICT (userId) DO UPDATE SET at = MAX(at, excluded.at)
            """, arguments: [userID, now])
    }

    /// Per user and topic, the credits `Mastery.recent` keeps from the submitted quizzes and
    /// reviews matching `filter` (over `attempt a JOIN attemptQuestion q`), read in one pass.
    private static func recentCredits(where filter: String, arguments: StatementArguments,
                                      _ db: Database) throws -> [MasteryKey: [TimedCredit]] {
        var byKey: [MasteryKey: [TimedCredit]] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT a.userId, q.topic, COALESCE(q.answeredAt, a.finishedAt) AS at, COALESCE(q.credit, 0) AS credit, a.id, q.position
            FROM attempt a JOIN attemptQuestion q ON q.attemptId = a.id
            WHERE a.kind IN ('quiz', 'review') AND \(submitted) AND \(filter)
            """, arguments: arguments)
        while let row = try rows.next() {
            let key = MasteryKey(userID: row[0], topic: row[1])
            let credit = TimedCredit(at: row[2], credit: row[3], attempt: row[4], position: row[5])
            byKey[key, default: []].append(credit)
            // Trimmed now and then, so a long history never holds more than twice the window.
            if byKey[key]?.count ?? 0 >= 2 * Mastery.window { byKey[key] = Mastery.recent(byKey[key] ?? [], adding: []) }
        }
        return byKey.mapValues { Mastery.recent($0, adding: []) }
    }

    private static func saveMastery(userID: Int64, topic: String, _ credits: [TimedCredit], _ db: Database) throws {
        let mastery = Mastery.of(topic, recent: credits)
        try db.execute(sql: """
            INSERT INTO masterySummary (userId, topic, answered, mean, recent) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (userId, topic) DO UPDATE SET answered = excluded.answered, mean = excluded.mean, recent = excluded.recent
            """, arguments: [userID, topic, mastery.answered, mastery.mastery, RecentCreditsText.encode(credits)])
    }
}

struct MasteryKey: Hashable {
    var userID: Int64
    var topic: String
}

/// The kept credits as one text column: `at credit attempt position` per credit, `;` between,
/// times as seconds since the reference date (exact: Swift prints doubles that read back equal).
enum RecentCreditsText {
    static func encode(_ credits: [TimedCredit]) -> String {
        credits.map { "\($0.at.timeIntervalSinceReferenceDate) \($0.credit) \($0.attempt) \($0.position)" }.joined(separator: ";")
    }

    /// Nil when the text is not such a list.
    static func decode(_ text: String) -> [TimedCredit]? {
        guard !text.isEmpty else { return [] }
        var credits: [TimedCredit] = []
        for entry in text.split(separator: ";") {
            let fields = entry.split(separator: " ")
            guard fields.count == 4, let at = Double(fields[0]), let credit = Double(fields[1]),
                  let attempt = Int64(fields[2]), let position = Int(fields[3]) else { return nil }
            credits.append(TimedCredit(at: Date(timeIntervalSinceReferenceDate: at), credit: credit, attempt: attempt, position: position))
        }
        return credits
    }
}
