import Foundation
import TrainerCore
#if canImport(Glibc)
import Glibc
#endif

/// What `stat` says of a file: any write to it, a rename over it or a `touch` changes one of these.
struct FileSignature: Equatable {
    var size: Int
    var modified: timespec
    var changed: timespec
    var inode: UInt64

    init(size: Int, modified: timespec, changed: timespec, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
    }

    init(_ info: stat) {
        #if canImport(Glibc)
        self.init(size: Int(info.st_size), modified: info.st_mtim, changed: info.st_ctim, inode: UInt64(info.st_ino))
        #else
        self.init(size: Int(info.st_size), modified: info.st_mtimespec, changed: info.st_ctimespec, inode: UInt64(info.st_ino))
        #endif
    }

    static func == (a: FileSignature, b: FileSignature) -> Bool {
        a.size == b.size && a.inode == b.inode && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
            && a.changed.tv_sec == b.changed.tv_sec && a.changed.tv_nsec == b.changed.tv_nsec
    }
}

/// Each content file's SHA-256 as last computed, with the file's signature then: a file whose
/// signature is unchanged is not read again. As git does with its index, a file changed within
/// `racyWindow` of the moment the memo was made is hashed anyway, since an edit in the same
/// timestamp tick would leave its signature unchanged.
struct FileDigestMemo: Equatable {
    private struct Entry: Equatable {
        var signature: FileSignature
        var digest: [UInt8]
    }

    private var entries: [String: Entry] = [:]
    /// When this memo was begun, as the clock gave it: entries changed after `made - racyWindow` are not trusted.
    private var made: timespec = .now
    static let racyWindow = 2  // seconds
    private static let header = "trainer file digests 1"

    init() {}

    /// The memo in `file`, or an empty one when it is missing or damaged. Read byte by byte: every
    /// start reads it, and generic text splitting costs more in runtime type look-ups than the work.
    init(contentsOf file: URL) {
        guard let bytes = CacheFolder(url: file.deletingLastPathComponent()).read(file.lastPathComponent) else { return }
        var fields = FieldReader(bytes: bytes)
        guard fields.text(until: UInt8(ascii: " "), count: 4) == Self.header, let seconds = fields.number(),
              let nanoseconds = fields.number(until: 10) else { return }
        let made = timespec(tv_sec: seconds, tv_nsec: nanoseconds)
        var entries: [String: Entry] = [:]
        while !fields.atEnd {
            guard let digest = fields.digest(), let size = fields.number(), let modified = fields.time(), let changed = fields.time(),
                  let inode = fields.number(), let path = fields.text(until: 10) else { return }
            entries[path] = Entry(signature: FileSignature(size: size, modified: modified, changed: changed, inode: UInt64(inode)), digest: digest)
        }
        self.entries = entries
        self.made = made
    }

    /// The remembered digest of `path`, when its signature is unchanged and older than the racy window.
    func digest(of path: String, _ signature: FileSignature) -> [UInt8]? {
        guard let entry = entries[path], entry.signature == signature else { return nil }
        return signature.isSettled(before: made) ? entry.digest : nil
    }

    /// The digest recorded for `path` in this process, whatever its age (see `ContentFingerprint`).
    func recorded(_ path: String) -> [UInt8]? { entries[path]?.digest }

    mutating func record(_ path: String, _ signature: FileSignature, _ digest: [UInt8]) {
        entries[path] = Entry(signature: signature, digest: digest)
    }

    /// Writes the memo beside the cache entries, as they are written (owner-only, whole).
    func write(to file: URL) {
        var bytes = Array("\(Self.header) \(made.tv_sec)\t\(made.tv_nsec)\n".utf8)
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) where !path.contains("\n") {
            bytes += entry.digest.hexDigits.utf8
            bytes.append(9)
            entry.signature.appendLine(path: path, to: &bytes)
        }
        CacheFolder(url: file.deletingLastPathComponent()).write(Data(bytes), named: file.lastPathComponent)
    }

    static func == (a: FileDigestMemo, b: FileDigestMemo) -> Bool { a.entries == b.entries }
}

extension FileSignature {
    /// The signature and `path` as a memo line: size, modification and change times, inode and
    /// path, tab-separated (both memos write files so).
    func appendLine(path: String, to bytes: inout [UInt8]) {
        // Field by field, not through an array: the key memo is compared this way on every start.
        func field(_ value: Int) {
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            appendDigits(UInt64(value.magnitude), to: &bytes)
        }
        field(size)
        field(modified.tv_sec)
        field(modified.tv_nsec)
        field(changed.tv_sec)
        field(changed.tv_nsec)
        appendDigits(inode, to: &bytes)
        bytes += path.utf8
        bytes.append(10)
    }

    /// `value` in decimal, then a tab.
    private func appendDigits(_ value: UInt64, to bytes: inout [UInt8]) {
        let start = bytes.count
        var rest = value
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        bytes[start...].reverse()
        bytes.append(9)
    }

    /// Last changed more than the racy window before `moment`: an edit within one timestamp tick
    /// of a memo being made could leave the signature unchanged, so only older files are trusted.
    func isSettled(before moment: timespec) -> Bool {
        let trusted = timespec(tv_sec: moment.tv_sec - FileDigestMemo.racyWindow, tv_nsec: moment.tv_nsec)
        return modified < trusted && changed < trusted
    }
}

extension timespec {
    /// The clock's time now.
    static var now: timespec {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return time
    }
}

fileprivate extension timespec {
    /// Earlier, to the nanosecond.
    static func < (a: timespec, b: timespec) -> Bool { (a.tv_sec, a.tv_nsec) < (b.tv_sec, b.tv_nsec) }
}

/// Reads the memo's tab-separated fields in place.
private struct FieldReader {
    let bytes: [UInt8]
    var index = 0
    var atEnd: Bool { index >= bytes.count }

    /// The bytes up to `separator` (or the `count`th one) as text, stepping over it.
    mutating func text(until separator: UInt8, count: Int = 1) -> String? {
        let start = index
        var seen = 0
        while index < bytes.count {
            if bytes[index] == separator {
                seen += 1
                if seen == count { break }
            }
            index += 1
        }
        guard index < bytes.count else { return nil }
        defer { index += 1 }
        return String(decoding: bytes[start ..< index], as: UTF8.self)
    }

    /// A decimal number (digits and at most one point) followed by `separator`.
    mutating func number(until separator: UInt8 = 9) -> Int? {
        var value = 0, digits = 0
        while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
            value = value &* 10 &+ Int(bytes[index] - 48)
            index += 1
            digits += 1
        }
        guard digits > 0, digits < 19, index < bytes.count, bytes[index] == separator else { return nil }
        index += 1
        return value
    }

    mutating func time() -> timespec? {
        guard let seconds = number(), let nanoseconds = number() else { return nil }
        return timespec(tv_sec: seconds, tv_nsec: nanoseconds)
    }

    /// 64 lowercase hexadecimal digits and a tab.
    mutating func digest() -> [UInt8]? {
        func value(_ digit: UInt8) -> UInt8? {
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
            default: nil
            }
        }
        guard index + 65 <= bytes.count, bytes[index + 64] == 9 else { return nil }
        var digest: [UInt8] = []
        digest.reserveCapacity(32)
        for offset in stride(from: index, to: index + 64, by: 2) {
            guard let high = value(bytes[offset]), let low = value(bytes[offset + 1]) else { return nil }
            digest.append(high << 4 | low)
        }
        index += 65
        return digest
    }
}
