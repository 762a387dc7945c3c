import Foundation
import GRDB
import TrainerCore

/// An item taken out of future forms, with who and why. Past records keep it.
public struct Retirement: Sendable, Equatable {
    public var item: String
    public var why: String
    public var by: String
    public var at: Date
}

extension Store {
    /// What rotation needs to assemble forms for `candidates`: every item's exposures and latest
    /// use, the items each candidate was given in any earlier exam, and the retired items.
    public func examHistory(for candidates: [Account]) throws -> ExamHistory {
        try writer.read { db in try Store.examHistory(for: candidates, db) }
    }

    static func examHistory(for candidates: [Account], _ db: Database) throws -> ExamHistory {
        var uses: [String: ExamHistory.ItemUse] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT questionId, SUM(exposures), (julianday(MAX(lastUsedAt)) - 2440587.5) * 86400.0
            FROM examItemUse GROUP BY questionId
            """)
        // Seconds since 1970 computed by SQLite: parsing 50,000 dates in Swift costs more than the query.
        while let row = try rows.next() {
            uses[row[0]] = ExamHistory.ItemUse(exposures: row[1], lastUsed: Date(timeIntervalSince1970: row[2]))
        }
        var seen: [String: Set<String>] = [:]
        for candidate in candidates {
            seen[candidate.name] = Set(try String.fetchAll(db, sql: "SELECT questionId FROM examFormItem WHERE userId = ?",
                                                           arguments: [candidate.id]))
        }
        let retired = Set(try String.fetchAll(db, sql: "SELECT questionId FROM examRetirement"))
        return ExamHistory(uses: uses, seen: seen, retired: retired)
    }

    /// Takes an item out of future forms; false when it was retired already.
    @discardableResult
    public func retireItem(_ item: String, why: String, by lead: Account, at now: Date) throws -> Bool {
        try writer.write { db in
            try db.execute(sql: """
                INSERT INTO examRetirement (questionId, why, byId, at) VALUES (?, ?, ?, ?) ON CONFLICT (questionId) DO NOTHING
                """, arguments: [item, why, lead.id, now])
            return db.changesCount > 0
        }
    }

    public func retirements() throws -> [Retirement] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT r.questionId, r.why, u.name, r.at FROM examRetirement r JOIN user u ON u.id = r.byId ORDER BY r.at, r.questionId
                """).map { Retirement(item: $0[0], why: $0[1], by: $0[2], at: $0[3]) }
        }
    }
}
