import Foundation
import GRDB
import TrainerCore

/// What is needed to create an account; the passphrase is hashed before any SQL runs.
public struct NewAccount: Sendable {
    public var name: String
    public var role: Role
    public var mentor: String?
    public var track: String?
    public var start: Day?
    public var passphrase: String
    public var iterations: Int

    public init(name: String, role: Role, mentor: String? = nil, track: String? = nil, start: Day? = nil,
                passphrase: String, iterations: Int = PassphraseHasher.recommendedIterations) {
        self.name = name
        self.role = role
        self.mentor = mentor
        self.track = track
        self.start = start
        self.passphrase = passphrase
        self.iterations = iterations
    }
}

extension Store {
    /// Accounts that can log in. (Written as SQL, as the log-in look-up below: every command with
    /// `--as` runs both, and GRDB's query builder costs a start more to set up than they cost.)
    public func accountCount() throws -> Int {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM user WHERE removedAt IS NULL") ?? 0 }
    }

    /// Creates the first lead; refused once any account exists (checked in the same transaction).
    @discardableResult
    public func initialize(lead: NewAccount, at now: Date) throws -> Account {
        var lead = lead
        lead.role = .lead
        let hash = try PassphraseHasher.hash(lead.passphrase, iterations: lead.iterations)
        return try writer.write { db in
            guard try UserRecord.fetchCount(db) == 0 else { throw StoreError.notEmpty }
            return try Store.insert(lead, hash: hash, at: now, db)
        }
    }

    @discardableResult
    public func addAccount(_ new: NewAccount, at now: Date) throws -> Account {
        let hash = try PassphraseHasher.hash(new.passphrase, iterations: new.iterations)
        return try writer.write { db in try Store.insert(new, hash: hash, at: now, db) }
    }

    public func account(named name: String) throws -> Account? {
        try writer.read { db in try Store.account(named: name, db) }
    }

    /// The account, if the passphrase matches. Unknown names and wrong passphrases are told apart,
    /// as this is an internal tool where a lead needs to know which one to fix. After a failure the
    /// account waits (`LoginGuard`) before another passphrase is even checked; a success clears it.
    public func authenticate(name: String, passphrase: String, at now: Date) throws -> Account {
        let (record, waiting) = try writer.read { db in
            let record = try UserRecord.fetchOne(db, sql: "SELECT * FROM user WHERE name = ? AND removedAt IS NULL", arguments: [name])
            return (record, try record?.id.flatMap { try Store.loginGuard(userID: $0, db) })
        }
        guard let record, let id = record.id else { throw StoreError.unknownUser(name) }
        if let waiting, waiting.secondsToWait(at: now) > 0 {
            throw StoreError.loginPaused(name, seconds: waiting.secondsToWait(at: now))
        }
        guard PassphraseHasher.verify(passphrase, against: record.passphrase) else {
            let counted = try writer.write { db in try Store.recordLoginFailure(userID: id, at: now, db) }
            throw StoreError.wrongPassphrase(name, seconds: counted.secondsToWait(at: now))
        }
        if waiting != nil { try writer.write { db in try Store.clearLoginFailures(userID: id, db) } }
        guard let account = try account(named: record.name) else { throw StoreError.unknownUser(name) }
        return account
    }

    /// The accounts `viewer` may see: a lead everyone, a mentor themself and their trainees, a trainee themself.
    public func accounts(visibleTo viewer: Account) throws -> [Account] {
        try writer.read { db in
            let visible = Store.visibleUsers(to: viewer)
            return try AccountRow.fetchAll(db, sql: AccountRow.sql + " AND \(visible.sql) ORDER BY u.name",
                                           arguments: visible.arguments).map(\.account)
        }
    }

    /// Every account name, for Tab completion.
    public func accountNames() throws -> [String] {
        try writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM user WHERE removedAt IS NULL ORDER BY name")
        }
    }

    public func setPassphrase(of name: String, to passphrase: String,
                              iterations: Int = PassphraseHasher.recommendedIterations) throws {
        let hash = try PassphraseHasher.hash(passphrase, iterations: iterations)
        try writer.write { db in
            guard var record = try UserRecord.filter(UserRecord.Columns.name == name && UserRecord.Columns.removedAt == nil).fetchOne(db)
            else { throw StoreError.unknownUser(name) }
            record.passphraseHash = hash.hash
            record.passphraseSalt = hash.salt
            record.passphraseIterations = hash.iterations
            try record.update(db)
            // A lead's reset (or a change after logging in) ends any wait from failed logins.
            if let id = record.id { try Store.clearLoginFailures(userID: id, db) }
        }
    }

    /// Closes an account. Its history stays for review; the name stays reserved. A mentor who still
    /// has trainees is removed only with `reassignTo`, who takes them over.
    public func removeAccount(named name: String, at now: Date, reassignTo successor: String? = nil) throws {
        try writer.write { db in
            guard var record = try UserRecord.filter(UserRecord.Columns.name == name && UserRecord.Columns.removedAt == nil).fetchOne(db)
            else { throw StoreError.unknownUser(name) }
            let leads = try UserRecord.filter(sql: "role = 'lead' AND removedAt IS NULL").fetchCount(db)
            if record.role == Role.lead.rawValue && leads == 1 {
                throw StoreError.notAllowed("`\(name)` is the last lead: add another lead before removing this one")
            }
            let trainees = try String.fetchAll(db, sql: "SELECT name FROM user WHERE mentorId = ? AND removedAt IS NULL ORDER BY name",
                                               arguments: [record.id])
            var successorID: Int64?
            if !trainees.isEmpty {
                guard let successor else {
                    throw StoreError.notAllowed("`\(record.name)` still mentors \(trainees.joined(separator: ", ")): "
                        + "remove with --reassign-to MENTOR, or move them first with `user edit NAME --mentor MENTOR`")
                }
                guard let next = try Store.account(named: successor, db), next.id != record.id else { throw StoreError.unknownUser(successor) }
                guard next.role >= .mentor else { throw StoreError.notAMentor(successor) }
                successorID = next.id
            }
            record.removedAt = now
            try record.update(db)
            try db.execute(sql: "UPDATE user SET mentorId = ? WHERE mentorId = ?", arguments: [successorID, record.id])
        }
    }

    // MARK: - Inside a transaction

    static func account(named name: String, _ db: Database) throws -> Account? {
        try AccountRow.fetchOne(db, sql: AccountRow.sql + " AND u.name = ?", arguments: [name])?.account
    }

    static func insert(_ new: NewAccount, hash: PassphraseHash, at now: Date, _ db: Database) throws -> Account {
        if try UserRecord.filter(UserRecord.Columns.name == new.name).fetchCount(db) > 0 {
            throw StoreError.nameTaken(new.name)
        }
        var mentorID: Int64?
        if let mentorName = new.mentor {
            guard let mentor = try account(named: mentorName, db) else { throw StoreError.unknownUser(mentorName) }
            guard mentor.role >= .mentor else { throw StoreError.notAMentor(mentorName) }
            mentorID = mentor.id
        }
        var record = UserRecord(
            id: nil, name: new.name, role: new.role.rawValue, mentorId: mentorID, track: new.track,
            startDay: new.start?.description, passphraseHash: hash.hash, passphraseSalt: hash.salt,
            passphraseIterations: hash.iterations, createdAt: now, removedAt: nil)
        try record.insert(db)
        guard let account = try account(named: new.name, db) else { throw StoreError.unknownUser(new.name) }
        return account
    }
}
