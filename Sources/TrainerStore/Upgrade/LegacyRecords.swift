import Foundation
import GRDB
import TrainerCore

/// Records written before schema v4 named questions and plan items only by id and position.
/// Once the content is loaded they are tied to it, once: attempts get frozen copies of their
/// questions as the content stands at upgrade time (marked `reconstructed`), positional ticks
/// get stable keys, meetings and passed quizzes tick the items they stood for.
enum LegacyRecords {
    static let upgradeName = "v4-records-from-content"
}

extension Store {
    /// Whether records from before v4 still wait for `upgradeLegacyRecords`.
    public func hasLegacyRecords() throws -> Bool {
        try writer.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM pendingUpgrade WHERE name = ?)",
                              arguments: [LegacyRecords.upgradeName]) ?? false
        }
    }

    /// Ties pre-v4 records to the content (see `LegacyRecords`), in one transaction.
    /// Returns how many attempts were reconstructed.
    @discardableResult
    public func upgradeLegacyRecords(question: (String) -> Question?, plan: (String) -> Plan?) throws -> Int {
        try writer.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM pendingUpgrade WHERE name = ?)",
                                    arguments: [LegacyRecords.upgradeName]) == true else { return 0 }
            let reconstructed = try freezeUnservedQuestions(question: question, db)
            let users = try Row.fetchAll(db, sql: "SELECT id, track FROM user WHERE role = 'trainee' AND track IS NOT NULL")
            for user in users {
                guard let plan = plan(user["track"]) else { continue }
                try keyTicks(userID: user["id"], plan: plan, db)
            }
            try db.execute(sql: "DELETE FROM pendingUpgrade WHERE name = ?", arguments: [LegacyRecords.upgradeName])
            return reconstructed
        }
    }

    private func freezeUnservedQuestions(question: (String) -> Question?, _ db: Database) throws -> Int {
        let rows = try Row.fetchAll(db, sql: """
            SELECT attemptId, position, questionId, topic, optionOrder FROM attemptQuestion WHERE servedHash IS NULL
            """)
        var attempts = Set<Int64>()
        for row in rows {
            let id: String = row["questionId"]
            let served = question(id) ?? StoredAttempt.unserved(id, topic: row["topic"], optionOrder: IDList.decode(row["optionOrder"]))
            let copy = try ServedQuestion.save(served, db)
            try db.execute(sql: "UPDATE attemptQuestion SET servedHash = ?, servedId = ? WHERE attemptId = ? AND position = ?",
                           arguments: [copy.hash, copy.id, row["attemptId"], row["position"]])
            attempts.insert(row["attemptId"])
        }
        for id in attempts {
            try db.execute(sql: "UPDATE attempt SET reconstructed = ? WHERE id = ?", arguments: [true, id])
        }
        return attempts.count
    }

    /// Positional ticks (`3.2`) become stable keys; meetings and passed quizzes tick the items
    /// they stood for, in plan order, as the old rules counted them.
    private func keyTicks(userID: Int64, plan: Plan, _ db: Database) throws {
        let keyed = plan.days.flatMap { day in zip(day.items, PlanItemKey.keys(for: day)).enumerated().map { index, pair in
            (shortcut: "\(day.day).\(index + 1)", key: pair.1, item: pair.0)
        } }
        for (shortcut, key, _) in keyed {
            try db.execute(sql: """
                UPDATE itemTick SET itemKey = ? WHERE userId = ? AND itemKey = ?
                  AND NOT EXISTS (SELECT 1 FROM itemTick t WHERE t.userId = ? AND t.itemKey = ?)
                """, arguments: [key, userID, shortcut, userID, key])
        }
        var ticked = Set(try String.fetchAll(db, sql: "SELECT itemKey FROM itemTick WHERE userId = ?", arguments: [userID]))
        let meetings = try Row.fetchAll(db, sql: "SELECT id, mentorId, at FROM meeting WHERE userId = ? AND itemKey IS NULL ORDER BY id",
                                        arguments: [userID])
        var openMeetings = keyed.filter { $0.item.kind == .meeting && !ticked.contains($0.key) }.makeIterator()
        for meeting in meetings {
            guard let item = openMeetings.next() else { break }
            try db.execute(sql: "UPDATE meeting SET itemKey = ? WHERE id = ?", arguments: [item.key, meeting["id"]])
            try Store.tick(item.key, userID: userID, byID: meeting["mentorId"], attemptID: nil, at: meeting["at"], db)
            ticked.insert(item.key)
        }
        let passes = try Row.fetchAll(db, sql: """
            SELECT a.id, a.topic, a.finishedAt FROM attempt a
            WHERE a.userId = ? AND a.kind = 'quiz' AND \(Store.submitted) AND a.passed = 1 ORDER BY a.finishedAt
            """, arguments: [userID])
        for pass in passes {
            let topic: String = pass["topic"]
            guard let item = keyed.first(where: { $0.item.kind == .quiz && $0.item.ref == topic && !ticked.contains($0.key) }) else { continue }
            try Store.tick(item.key, userID: userID, byID: userID, attemptID: pass["id"], at: pass["finishedAt"], db)
            ticked.insert(item.key)
        }
    }
}
