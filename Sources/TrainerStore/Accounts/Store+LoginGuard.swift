import Foundation
import GRDB
import TrainerCore

extension Store {
    /// Failed logins in a row per account (v10): the row exists only while some are counted.
    static func registerLoginGuard(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v10-login-guard") { db in
            try db.create(table: "loginFailure") { t in
                t.primaryKey("userId", .integer).references("user", onDelete: .cascade)
                t.column("failures", .integer).notNull()
                t.column("lastFailureAt", .datetime).notNull()
            }
        }
    }

    /// The account's failed logins in a row, nil when there are none.
    public func loginGuard(of name: String) throws -> LoginGuard? {
        try writer.read { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM user WHERE name = ?", arguments: [name]) else { return nil }
            return try Store.loginGuard(userID: id, db)
        }
    }

    // MARK: - Inside a transaction

    static func loginGuard(userID: Int64, _ db: Database) throws -> LoginGuard? {
        try Row.fetchOne(db, sql: "SELECT failures, lastFailureAt FROM loginFailure WHERE userId = ?", arguments: [userID])
            .map { LoginGuard(failures: $0["failures"], lastFailure: $0["lastFailureAt"]) }
    }

    /// Counts one more failure; returns the guard it leaves.
    static func recordLoginFailure(userID: Int64, at now: Date, _ db: Database) throws -> LoginGuard {
        let counted = try loginGuard(userID: userID, db)?.failedAgain(at: now) ?? LoginGuard(failures: 1, lastFailure: now)
        try db.execute(sql: """
            INSERT INTO loginFailure (userId, failures, lastFailureAt) VALUES (?, ?, ?)
            ON CONFLICT(userId) DO UPDATE SET failures = excluded.failures, lastFailureAt = excluded.lastFailureAt
            """, arguments: [userID, counted.failures, counted.lastFailure])
        return counted
    }

    static func clearLoginFailures(userID: Int64, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM loginFailure WHERE userId = ?", arguments: [userID])
    }
}
