import Foundation
import GRDB

/// What a database file is, read without writing a byte to it.
public struct DatabaseHealth: Sendable, Equatable {
    /// `["ok"]` for a healthy file, else what SQLite's integrity check (or opening it) found, or
    /// answers whose served id and hash disagree, or trainees whose kept last agent turn is not
    /// their turns' last.
    public var problems: [String]
    /// The schema version written in the file (0 for a new, empty file).
    public var schemaVersion: Int

    public var isHealthy: Bool { problems == ["ok"] }
}

extension Store {
    /// Reads `path` read-only and refuses it unless trainer can use it: a SQLite file that is empty
    /// or holds trainer's own schema at a version this trainer knows. Returns the file's header (nil
    /// for a new file).
    static func inspectBeforeOpening(_ path: String) throws -> FileHeader? {
        guard let header = FileHeader(path: path) else { return nil }
        // Stamped by this trainer at this schema: nothing to look into (the common case, every start).
        if header.isCurrent { return header }
        do {
            let reader = try DatabaseQueue(path: path, configuration: readOnly)
            defer { try? reader.close() }
            try reader.read { db in
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                if tables.isEmpty { return }
                guard tables.contains("grdb_migrations") else {
                    throw StoreError.notATrainerDatabase(path: path, reason: "it holds other tables (\(tables.prefix(3).joined(separator: ", "))) and no trainer schema")
                }
                let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
                let known = Set(migrator.migrations)
                let unknown = applied.filter { !known.contains($0) }
                if version > schemaVersion || !unknown.isEmpty {
                    throw StoreError.newerSchema(path: path, found: max(version, applied.count), known: schemaVersion, unknownMigrations: unknown)
                }
            }
        } catch let error as DatabaseError {
            throw StoreError.notATrainerDatabase(path: path, reason: error.message ?? "\(error.resultCode)")
        }
        return header
    }

    /// Checks the file at `path` without opening it for writing and without logging in: a damaged
    /// file is reported even when its accounts cannot be read.
    public static func health(ofFileAt path: String) -> DatabaseHealth {
        guard FileManager.default.fileExists(atPath: path) else {
            return DatabaseHealth(problems: ["no database at \(path)"], schemaVersion: 0)
        }
        do {
            let reader = try DatabaseQueue(path: path, configuration: readOnly)
            defer { try? reader.close() }
            return try reader.read { db in
                var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check")
                if problems == ["ok"] {
                    let mismatches = try servedIDMismatches(db) + lastAgentTurnMismatches(db)
                    if !mismatches.isEmpty { problems = mismatches }
                }
                return DatabaseHealth(problems: problems, schemaVersion: try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0)
            }
        } catch let error as DatabaseError {
            return DatabaseHealth(problems: [error.message ?? "\(error.resultCode)"], schemaVersion: 0)
        } catch {
            return DatabaseHealth(problems: ["\(error)"], schemaVersion: 0)
        }
    }

    static var readOnly: Configuration {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(15)
        return config
    }

    /// SQLite's `PRAGMA integrity_check` on the open store.
    public func integrityCheck() throws -> [String] {
        try writer.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }
}
