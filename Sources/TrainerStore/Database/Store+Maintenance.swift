import Foundation
import GRDB

extension Store {
    /// SQLite's `PRAGMA integrity_check`: `["ok"]` for a healthy file, else the problems it found.
    public func integrityCheck() throws -> [String] {
        try writer.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    /// Copies the database to `destination` with SQLite's online backup: others keep working meanwhile.
    /// The copy is owner-only, like the original.
    public func backup(to destination: String) throws {
        if FileManager.default.fileExists(atPath: destination) {
            throw StoreError.notAllowed("\(destination) already exists: choose a new file name")
        }
        try Store.createOwnerOnly(destination)
        let target = try DatabaseQueue(path: destination)
        try writer.backup(to: target)
        try target.close()
    }
}
