import Foundation
import GRDB
import TrainerCore

/// A row of `user`.
struct UserRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "user"

    var id: Int64?
    var name: String
    var role: String
    var mentorId: Int64?
    var track: String?
    var startDay: String?
    var passphraseHash: Data
    var passphraseSalt: Data
    var passphraseIterations: Int
    var createdAt: Date
    var removedAt: Date?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    var passphrase: PassphraseHash {
        PassphraseHash(hash: passphraseHash, salt: passphraseSalt, iterations: passphraseIterations)
    }

    enum Columns {
        static let name = Column("name")
        static let mentorId = Column("mentorId")
        static let removedAt = Column("removedAt")
    }
}

/// The joined shape the rest of the program sees.
struct AccountRow: FetchableRecord {
    var id: Int64
    var name: String
    var role: String
    var mentorName: String?
    var track: String?
    var startDay: String?
    /// Set only by `sqlIncludingRemoved`.
    var removed: Bool?

    static let sql = """
        SELECT u.id, u.name, u.role, m.name AS mentorName, u.track, u.startDay
        FROM user u LEFT JOIN user m ON m.id = u.mentorId
        WHERE u.removedAt IS NULL
        """

    /// Every account, removed ones too; callers add the WHERE clause.
    static let sqlIncludingRemoved = """
        SELECT u.id, u.name, u.role, m.name AS mentorName, u.track, u.startDay, u.removedAt IS NOT NULL AS removed
        FROM user u LEFT JOIN user m ON m.id = u.mentorId
        """

    var account: Account {
        Account(id: id, name: name, role: Role(rawValue: role) ?? .trainee, mentor: mentorName, track: track,
                start: startDay.flatMap(Day.init), isRemoved: removed ?? false)
    }
}

// Read by column name, throwing where the synthesized `Decodable` would, without a decoder:
// every command that logs someone in reads these, and setting up a decoder is most of one row's cost.
extension UserRecord {
    init(row: Row) throws {
        try self.init(
            id: row.decode(forColumn: "id"), name: row.decode(forColumn: "name"), role: row.decode(forColumn: "role"),
            mentorId: row.decode(forColumn: "mentorId"), track: row.decode(forColumn: "track"),
            startDay: row.decode(forColumn: "startDay"), passphraseHash: row.decode(forColumn: "passphraseHash"),
            passphraseSalt: row.decode(forColumn: "passphraseSalt"), passphraseIterations: row.decode(forColumn: "passphraseIterations"),
            createdAt: row.decode(forColumn: "createdAt"), removedAt: row.decode(forColumn: "removedAt"))
    }
}

extension AccountRow {
    init(row: Row) throws {
        try self.init(
            id: row.decode(forColumn: "id"), name: row.decode(forColumn: "name"), role: row.decode(forColumn: "role"),
            mentorName: row.decode(forColumn: "mentorName"), track: row.decode(forColumn: "track"),
            startDay: row.decode(forColumn: "startDay"), removed: row.decode(forColumn: "removed"))
    }
}
