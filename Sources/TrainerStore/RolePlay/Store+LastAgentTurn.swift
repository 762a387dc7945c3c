import Foundation
import GRDB

/// Each trainee's last agent turn in any role-play, kept as turns are recorded (v13): the desk's
/// last activity read it by seeking the last agent turn of every role-play (20,000 of them in a
/// lead's desk, the largest statement of its SQLite time); now it reads a row per trainee, as the
/// last answer (`lastAnswer`, v11).
extension Store {
    static func registerLastAgentTurn(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v13-last-agent-turn") { db in
            try db.create(table: "lastAgentTurn") { t in
                t.primaryKey("userId", .integer).references("user", onDelete: .cascade)
                t.column("at", .datetime).notNull()
            }
            try Store.rebuildLastAgentTurns(db)
        }
    }

    /// Recomputes the summary from the recorded turns (the migration's backfill; also for
    /// histories written straight into the schema, as the scale generator does).
    public func rebuildLastAgentTurns() throws {
        try writer.write { db in try Store.rebuildLastAgentTurns(db) }
    }

    // MARK: - Inside a transaction

    static func rebuildLastAgentTurns(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM lastAgentTurn")
        try db.execute(sql: """
            INSERT INTO lastAgentTurn (userId, at)
            SELECT r.userId, MAX(t.at) FROM rolePlay r JOIN rolePlayTurn t ON t.rolePlayId = r.id
            WHERE t.speaker = 'agent' GROUP BY r.userId
            """)
    }

    /// Notes an agent turn's time as its role-play owner's last, in the turn's transaction.
    static func keepLastAgentTurn(rolePlayID: Int64, at now: Date, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO lastAgentTurn (userId, at) SELECT r.userId, ? FROM rolePlay r WHERE r.id = ?
            ON CONFLICT (userId) DO UPDATE SET at = MAX(at, excluded.at)
            """, arguments: [now, rolePlayID])
    }
}

extension Store {
    /// Trainees whose kept last agent turn is not what their turns say (`db check` reports them).
    static func lastAgentTurnMismatches(_ db: Database, limit: Int = 20) throws -> [String] {
        guard try db.tableExists("lastAgentTurn") else { return [] }
        return try Row.fetchAll(db, sql: """
            SELECT u.name, l.at AS kept, t.at AS turns FROM user u LEFT JOIN lastAgentTurn l ON l.userId = u.id
            LEFT JOIN (SELECT r.userId, MAX((SELECT MAX(t.at) FROM rolePlayTurn t WHERE t.rolePlayId = r.id AND t.speaker = 'agent')) AS at
                       FROM rolePlay r GROUP BY r.userId) t ON t.userId = u.id
            WHERE l.at IS NOT t.at LIMIT ?
            """, arguments: [limit]).map { row in
            "\(row["name"] as String)'s last role-play turn is kept as \(row["kept"] as String? ?? "none"), their turns say \(row["turns"] as String? ?? "none")"
        }
    }
}
