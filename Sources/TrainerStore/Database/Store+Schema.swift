import GRDB

extension Store {
    /// Named migrations, run forward only. Never edit one that has shipped: add a new one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-accounts") { db in
            try db.create(table: "user") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull().unique().collate(.nocase)
                t.column("role", .text).notNull().check(sql: "role IN ('trainee', 'mentor', 'lead')")
                t.belongsTo("mentor", inTable: "user")
                t.column("track", .text)
                t.column("startDay", .text)
                t.column("passphraseHash", .blob).notNull()
                t.column("passphraseSalt", .blob).notNull()
                t.column("passphraseIterations", .integer).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("removedAt", .datetime)
            }
        }
        return migrator
    }

    /// Names of the migrations applied to this database, oldest first.
    public func appliedMigrations() throws -> [String] {
        try writer.read { db in try Store.migrator.appliedMigrations(db) }
    }
}
