import Foundation
import GRDB
import TrainerCore

/// The one facade over the SQLite database: every read and write trainer makes goes through
/// methods named for what they do. No GRDB type leaves this module, so another backend can
/// implement the same facade. The schema is migrated when a store opens.
public final class Store: Sendable {
    let writer: any DatabaseWriter
    /// The database file, nil for an in-memory store.
    public let path: String?

    /// Opens (creating owner-only if needed) the database file at `path`, in WAL mode. A file that
    /// is not a trainer database, or one written by a newer trainer, is refused before anything
    /// is written to it.
    ///
    /// One connection, not a pool: a trainer process does one thing at a time, and other trainer
    /// processes sharing the file are kept apart by SQLite's locks. A pool's second connection, and
    /// the table GRDB creates and drops on every open to make sure a WAL file exists, cost each
    /// start more than most commands do.
    public init(path: String) throws {
        let header = try Store.inspectBeforeOpening(path)
        try Store.createOwnerOnly(path)
        var config = Configuration()
        // Several trainer processes may share one file: wait for a writer instead of failing.
        config.busyMode = .timeout(15)
        config.foreignKeysEnabled = true
        // With WAL, a commit survives a killed process without waiting for the disk (only a power
        // cut can take back the last commits); GRDB's pools choose the same.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        do {
            writer = try DatabaseQueue(path: path, configuration: config)
            self.path = path
            // Both are kept in the file: an up-to-date file is opened without a statement.
            if header?.isWAL != true { try Store.useWriteAheadLog(writer, path: path) }
            if header?.isCurrent != true { try Store.migrate(writer) }
        } catch let error as DatabaseError {
            throw StoreError.database(path: path, message: error.message ?? "\(error.resultCode)")
        }
    }

    /// Turns on write-ahead logging, so that readers and the one writer of several trainer
    /// processes do not block each other.
    static func useWriteAheadLog(_ writer: any DatabaseWriter, path: String) throws {
        let mode = try writer.writeWithoutTransaction { db in try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") }
        guard mode == "wal" else {
            throw StoreError.database(path: path, message: "could not turn on write-ahead logging (journal mode \(mode ?? "unknown"))")
        }
    }

    /// Closes the database (SQLite folds the write-ahead log back into the file and removes it)
    /// and keeps this store until the process ends. GRDB's deinit removes notification observers,
    /// and on Linux that first builds Foundation's notification center, for observers it never
    /// added: about a tenth of a short command. Call it once, as the process finishes.
    public func closeForExit() {
        try? (writer as? DatabaseQueue)?.close()
        _ = Unmanaged.passRetained(self)
    }

    /// A private in-memory database, for tests and throwaway sessions.
    public init() throws {
        writer = try DatabaseQueue()
        path = nil
        try Store.migrate(writer)
    }

    /// Runs the migrations this trainer knows and stamps the schema version; an up-to-date file is
    /// only read, so opening it takes no write lock.
    ///
    /// Several trainers may open a new (or older) file at the same moment. Each migration is a
    /// transaction of its own, but which ones are pending is read before them, so two processes
    /// can race to apply the same one and the later fails ("table already exists"). That one reads
    /// again and carries on from where the other got to.
    static func migrate(_ writer: any DatabaseWriter) throws {
        var retries = 0
        while try !writer.read({ db in try migrator.hasCompletedMigrations(db) }) {
            do {
                try migrator.migrate(writer)
            } catch let error as DatabaseError {
                retries += 1
                guard retries < 8 else { throw error }
                usleep(useconds_t(20_000 * retries))
            }
        }
        let stamp = try writer.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA user_version"), try Int.fetchOne(db, sql: "PRAGMA application_id"))
        }
        if stamp.0 != schemaVersion || stamp.1 != Int(applicationID) {
            try writer.write { db in
                try db.execute(sql: "PRAGMA user_version = \(schemaVersion)")
                try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            }
        }
    }

    /// The database file starts owner-only (0600), and SQLite gives its -wal and -shm files the same
    /// mode. A missing folder is an error naming it: a typo in a path should not create folders.
    static func createOwnerOnly(_ path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            throw StoreError.cannotCreate(path: path, reason: "the folder \(folder) does not exist")
        }
        let fd = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw StoreError.cannotCreate(path: path, reason: String(cString: strerror(errno)))
        }
        close(fd)
    }
}
