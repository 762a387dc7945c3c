import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The content cache's folder: entries are written whole (a temporary file, then a rename), so a
/// reader never sees half of one, and pruned by name. Folder and files are owner-only: the
/// entries hold the content (exam items too), the digest memo names every content file.
struct CacheFolder: Sendable {
    let url: URL

    // Named as a file: asking Foundation to find out would `stat` it.
    func file(_ name: String) -> URL { url.appendingPathComponent(name, isDirectory: false) }

    func write(_ data: Data, named name: String) {
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        let temporary = file(".\(name).\(getpid())").path
        // Created with its mode (no window in which it is readable by others); a temporary file
        // left by an earlier process of the same id is replaced, whatever its mode.
        unlink(temporary)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        let written = data.withUnsafeBytes { writeAll($0, to: descriptor) }
        guard close(descriptor) == 0, written, rename(temporary, file(name).path) == 0 else {
            unlink(temporary)
            return
        }
    }

    /// The whole file `name`, read with POSIX calls (the key memo is read on every start); nil when
    /// it is missing, empty or cannot be read whole.
    func read(_ name: String) -> [UInt8]? {
        let descriptor = open(file(name).path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_size > 0, info.st_size < 1 << 26 else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        let count = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
        return count == bytes.count ? bytes : nil
    }

    /// Removes the entries whose names `isStale` picks.
    func remove(where isStale: (String) -> Bool) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        for name in names where !name.hasPrefix(".") && isStale(name) { try? FileManager.default.removeItem(at: file(name)) }
    }
}

/// Writes every byte, going on after a short write or an interruption.
private func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
    var offset = 0
    while offset < bytes.count {
        let count = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else { return false }
        offset += count
    }
    return true
}
