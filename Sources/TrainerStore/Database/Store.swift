import Foundation
import GRDB
import TrainerCore

/// The one facade over the SQLite database: every read and write trainer makes goes through
/// methods named for what they do. The schema is migrated when a store opens.
public final class Store: Sendable {
    public let writer: any DatabaseWriter
    /// The database file, nil for an in-memory store.
    public let path: String?

    /// Opens (creating owner-only if needed) the database file at `path`, in WAL mode.
    public init(path: String) throws {
        try Store.createOwnerOnly(path)
        var config = Configuration()
        // Several trainer processes may share one file: wait for a writer instead of failing.
        config.busyMode = .timeout(15)
        config.foreignKeysEnabled = true
        do {
            writer = try DatabasePool(path: path, configuration: config)
            self.path = path
            try Store.migrator.migrate(writer)
        } catch let error as DatabaseError {
            throw StoreError.database(path: path, message: error.message ?? "\(error.resultCode)")
        }
    }

    /// A private in-memory database, for tests and throwaway sessions.
    public init() throws {
        writer = try DatabaseQueue()
        path = nil
        try Store.migrator.migrate(writer)
    }

    /// The database file starts owner-only (0600), and SQLite gives its -wal and -shm files the same
    /// mode. The folder is created owner-only too.
    static func createOwnerOnly(_ path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw StoreError.cannotCreate(path: path, reason: "cannot create the folder \(folder)")
            }
        }
        let fd = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw StoreError.cannotCreate(path: path, reason: String(cString: strerror(errno)))
        }
        close(fd)
    }
}
