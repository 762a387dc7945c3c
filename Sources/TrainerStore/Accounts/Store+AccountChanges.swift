import Foundation
import GRDB
import TrainerCore

/// A lead's change to an account: new mentor, track or start day. Nil fields stay as they are.
public struct AccountEdit: Sendable, Equatable {
    public var mentor: String?
    public var track: String?
    public var start: Day?

    public init(mentor: String? = nil, track: String? = nil, start: Day? = nil) {
        self.mentor = mentor
        self.track = track
        self.start = start
    }

    public var isEmpty: Bool { mentor == nil && track == nil && start == nil }
}

/// One line of an account's change log: who changed what, when.
public struct AccountChange: Sendable, Equatable {
    public var at: Date
    public var by: String
    public var what: String
}

extension Store {
    /// Also finds a removed account (marked `isRemoved`), whose history a lead may still review.
    public func account(named name: String, includingRemoved: Bool) throws -> Account? {
        guard includingRemoved else { return try account(named: name) }
        return try writer.read { db in
            try AccountRow.fetchOne(db, sql: AccountRow.sqlIncludingRemoved + " WHERE u.name = ?", arguments: [name])?.account
        }
    }

    /// Every removed account, by name.
    public func removedAccounts() throws -> [Account] {
        try writer.read { db in
            try AccountRow.fetchAll(db, sql: AccountRow.sqlIncludingRemoved + " WHERE u.removedAt IS NOT NULL ORDER BY u.name").map(\.account)
        }
    }

    /// Changes mentor, track or start day, and logs what changed. Returns the account as it is now.
    @discardableResult
    public func editAccount(named name: String, _ edit: AccountEdit, by author: Account, at now: Date) throws -> Account {
        try writer.write { db in
            guard var record = try UserRecord.filter(UserRecord.Columns.name == name && UserRecord.Columns.removedAt == nil).fetchOne(db),
                  let before = try Store.account(named: name, db), let id = record.id
            else { throw StoreError.unknownUser(name) }
            var changes: [String] = []
            if let mentorName = edit.mentor {
                guard let mentor = try Store.account(named: mentorName, db) else { throw StoreError.unknownUser(mentorName) }
                guard mentor.role >= .mentor else { throw StoreError.notAMentor(mentorName) }
                record.mentorId = mentor.id
                changes.append("mentor \(before.mentor ?? "none") → \(mentor.name)")
            }
            if let track = edit.track {
                record.track = track
                changes.append("track \(before.track ?? "none") → \(track)")
            }
            if let start = edit.start {
                record.startDay = start.description
                changes.append("start \(before.start?.description ?? "none") → \(start)")
            }
            try record.update(db)
            try Store.logAccountChange(userID: id, by: author.id, at: now, what: changes.joined(separator: ", "), db)
            guard let account = try Store.account(named: name, db) else { throw StoreError.unknownUser(name) }
            return account
        }
    }

    /// Reopens a removed account with its history; logged.
    @discardableResult
    public func restoreAccount(named name: String, by author: Account, at now: Date) throws -> Account {
        try writer.write { db in
            guard var record = try UserRecord.filter(UserRecord.Columns.name == name && UserRecord.Columns.removedAt != nil).fetchOne(db),
                  let id = record.id
            else { throw StoreError.notFound("no removed account named `\(name)`") }
            record.removedAt = nil
            try record.update(db)
            try Store.logAccountChange(userID: id, by: author.id, at: now, what: "restored", db)
            guard let account = try Store.account(named: record.name, db) else { throw StoreError.unknownUser(name) }
            return account
        }
    }

    /// The account's change log, oldest first.
    public func accountChanges(for account: Account) throws -> [AccountChange] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT c.at, b.name AS byName, c.what FROM accountChange c JOIN user b ON b.id = c.byId
                WHERE c.userId = ? ORDER BY c.at, c.id
                """, arguments: [account.id]).map { AccountChange(at: $0["at"], by: $0["byName"], what: $0["what"]) }
        }
    }

    /// Names of the trainees a mentor still has.
    public func trainees(of mentor: String) throws -> [String] {
        try writer.read { db in
            try String.fetchAll(db, sql: """
                SELECT t.name FROM user t JOIN user m ON m.id = t.mentorId
                WHERE m.name = ? AND t.removedAt IS NULL ORDER BY t.name
                """, arguments: [mentor])
        }
    }

    static func logAccountChange(userID: Int64, by authorID: Int64, at now: Date, what: String, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO accountChange (userId, byId, at, what) VALUES (?, ?, ?, ?)",
                       arguments: [userID, authorID, now, what])
    }

    /// The account change log (v4).
    static func registerAccountChanges(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v5-account-changes") { db in
            try db.create(table: "accountChange") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("user", inTable: "user").notNull()
                t.belongsTo("by", inTable: "user").notNull()
                t.column("at", .datetime).notNull()
                t.column("what", .text).notNull()
            }
        }
    }
}
