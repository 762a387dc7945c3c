import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The content key as last computed, with the walk it was computed from: each content file's
/// path and `stat`, in the order the folders listed them. A start whose walk is the same, byte for
/// byte, takes the key as it stands: no sorting, no hashing, no digest memo to read (which was a
/// third of a start). Anything else (a file added, removed, touched, renamed, listed in another
/// order, or changed within the racy window of the memo) computes the key in full and remembers it.
struct ContentKeyMemo {
    let folder: CacheFolder
    /// Not "content-…": entries by that prefix are pruned when the content changes.
    static let name = "key-memo"
    private static let header = "trainer content key 1"

    /// The remembered key when `walk` is the walk it was computed from, with the same salt.
    func key(for walk: ContentWalk, salt: String) -> String? {
        guard let bytes = folder.read(Self.name), let newline = bytes.firstIndex(of: 10) else { return nil }
        let fields = bytes[..<newline].split(separator: 9, maxSplits: 4, omittingEmptySubsequences: false)
        guard fields.count == 5, fields[0].elementsEqual(Self.header.utf8), fields[4].elementsEqual(salt.utf8),
              let seconds = Self.number(fields[1]), let nanoseconds = Self.number(fields[2]),
              Self.same(bytes[(newline + 1)...], Self.lines(walk)) else { return nil }
        let made = timespec(tv_sec: seconds, tv_nsec: nanoseconds)
        guard walk.files.allSatisfy({ $0.signature.isSettled(before: made) }) else { return nil }
        return String(decoding: fields[3], as: UTF8.self)
    }

    /// Remembers `key` for `walk` (owner-only, written whole). Nothing is remembered for a path or
    /// salt the format cannot hold.
    func remember(_ key: String, for walk: ContentWalk, salt: String) {
        guard !salt.utf8.contains(10), !walk.files.contains(where: { $0.path.utf8.contains(10) }) else { return }
        let now = timespec.now
        let bytes = Array("\(Self.header)\t\(now.tv_sec)\t\(now.tv_nsec)\t\(key)\t\(salt)\n".utf8) + Self.lines(walk)
        folder.write(Data(bytes), named: Self.name)
    }

    /// A line a file, as the digest memo writes its signatures.
    private static func lines(_ walk: ContentWalk) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(walk.files.count * 128)
        for (path, signature) in walk.files { signature.appendLine(path: path, to: &bytes) }
        return bytes
    }

    private static func same(_ a: ArraySlice<UInt8>, _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        return a.withUnsafeBytes { a in b.withUnsafeBytes { b in b.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, b.count) == 0 } }
    }

    private static func number(_ field: ArraySlice<UInt8>) -> Int? {
        guard !field.isEmpty, field.count < 19, field.allSatisfy({ (48...57).contains($0) }) else { return nil }
        return field.reduce(0) { $0 * 10 + Int($1 - 48) }
    }
}
