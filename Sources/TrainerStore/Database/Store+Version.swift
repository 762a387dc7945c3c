import GRDB

extension Store {
    /// The schema this build writes: the name of its newest migration.
    public static var schemaVersion: String { migrator.migrations.last ?? "none" }
}
