import Foundation

/// The content cache's folder: entries are written whole (a temporary file, then a rename), so a
/// reader never sees half of one, and pruned by name.
struct CacheFolder: Sendable {
    let url: URL

    // Named as a file: asking Foundation to find out would `stat` it.
    func file(_ name: String) -> URL { url.appendingPathComponent(name, isDirectory: false) }

    func write(_ data: Data, named name: String) {
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        let temporary = file(".\(name).\(getpid())")
        if FileManager.default.createFile(atPath: temporary.path, contents: data) {
            _ = rename(temporary.path, file(name).path)
        }
    }

    /// Removes the entries whose names `isStale` picks.
    func remove(where isStale: (String) -> Bool) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        for name in names where !name.hasPrefix(".") && isStale(name) { try? FileManager.default.removeItem(at: file(name)) }
    }
}
