import Foundation
import GRDB

extension Store {
    /// Copies the database to `destination` with SQLite's online backup while others keep working.
    ///
    /// The copy is written to an owner-only temporary file beside the destination, checked, synced
    /// and then renamed into place, so an interrupted backup leaves nothing at the destination. An
    /// existing destination (a symlink included) is refused, never followed or overwritten.
    public func backup(to destination: String) throws {
        let folder = (destination as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) || !isFolder.boolValue {
            throw StoreError.notAllowed("the folder \(folder) does not exist")
        }
        var status = stat()
        if lstat(destination, &status) == 0 {
            throw StoreError.notAllowed("\(destination) already exists: choose a new file name")
        }
        let temporary = (folder.isEmpty ? "." : folder) + "/.\((destination as NSString).lastPathComponent).\(getpid()).partial"
        let fd = open(temporary, O_CREAT | O_EXCL | O_RDWR | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StoreError.cannotCreate(path: temporary, reason: String(cString: strerror(errno))) }
        close(fd)
        do {
            let target = try DatabaseQueue(path: temporary)
            try writer.backup(to: target)
            let problems = try target.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
            guard problems == ["ok"] else { throw StoreError.notAllowed("the copy failed its integrity check: \(problems.joined(separator: "; "))") }
            try target.close()
            try Store.sync(temporary)
            // link() fails if the destination appeared meanwhile: never overwrite.
            guard link(temporary, destination) == 0 else {
                throw StoreError.cannotCreate(path: destination, reason: String(cString: strerror(errno)))
            }
            unlink(temporary)
            try? Store.sync(folder.isEmpty ? "." : folder)
        } catch {
            unlink(temporary)
            throw error
        }
    }

    static func sync(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { close(fd) }
        fsync(fd)
    }
}
