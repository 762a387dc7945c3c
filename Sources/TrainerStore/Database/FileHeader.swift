import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension Store {
    /// Written in every trainer database's header ("TRNR"), with the schema version beside it.
    static let applicationID: Int32 = 0x5452_4E52
}

/// The first 100 bytes of a database file, read without SQLite (https://sqlite.org/fileformat.html).
struct FileHeader {
    var isSQLite: Bool
    var userVersion: Int
    var applicationID: Int32
    /// Write-ahead logging is on (it is kept in the file once set).
    var isWAL: Bool

    /// Nil for a missing or empty file (a new database).
    init?(path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: 100)
        let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 100) }
        guard count > 0 else { return nil }
        func word(at offset: Int) -> UInt32 { bytes[offset ..< offset + 4].reduce(0) { $0 << 8 | UInt32($1) } }
        isSQLite = count == 100 && bytes.starts(with: Array("SQLite format 3\0".utf8))
        userVersion = Int(Int32(bitPattern: word(at: 60)))
        applicationID = Int32(bitPattern: word(at: 68))
        isWAL = isSQLite && bytes[18] == 2 && bytes[19] == 2
    }

    /// Stamped by this trainer's migrator at this schema: nothing to inspect or migrate.
    var isCurrent: Bool { isSQLite && applicationID == Store.applicationID && userVersion == Store.schemaVersion }
}
