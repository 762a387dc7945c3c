import Crypto
import Foundation
import TrainerCore
#if canImport(Glibc)
import Glibc
#endif

extension ContentLoader {
    /// SHA-256 over every content file's path, size and bytes: the content cache's key. Nil when a
    /// file cannot be read. Every start pays for it, so it walks and reads with POSIX calls into one
    /// buffer: Foundation's enumerator, URLs and `Data` were most of start-up's own time.
    public func fingerprint(salt: String) -> String? {
        var paths: [String] = []
        for folder in [Self.banksFolder, Self.curriculumFolder] { collectContentFiles(in: folder, into: &paths) }
        var hasher = SHA256()
        hasher.update(data: Data(salt.utf8))
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        for path in paths.sorted() {
            guard hash(path, into: &hasher, buffer: &buffer) else { return nil }
        }
        return hasher.finalize().hexDigits
    }

    /// `.yaml` and `.md` files below `folder` (relative to the content root), at any depth.
    private func collectContentFiles(in folder: String, into paths: inout [String]) {
        guard let directory = opendir(root.path + "/" + folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                raw.bindMemory(to: CChar.self).baseAddress.map { String(cString: $0) } ?? ""
            }
            guard !name.isEmpty, name != ".", name != ".." else { continue }
            let path = folder + "/" + name
            if isDirectory(entry.pointee.d_type, path) {
                collectContentFiles(in: path, into: &paths)
            } else if name.hasSuffix(".yaml") || name.hasSuffix(".md") {
                paths.append(path)
            }
        }
    }

    private func isDirectory(_ type: UInt8, _ path: String) -> Bool {
        if type == UInt8(DT_DIR) { return true }
        guard type == UInt8(DT_UNKNOWN) else { return false }
        var info = stat()
        return stat(root.path + "/" + path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Feeds the path, the size and the bytes of one file; false when it cannot be read whole.
    private func hash(_ path: String, into hasher: inout SHA256, buffer: inout [UInt8]) -> Bool {
        let descriptor = open(root.path + "/" + path, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return false }
        hasher.update(data: Data("\(path)\0\(info.st_size)\0".utf8))
        var total = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            buffer.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0.prefix(count))) }
            total += count
        }
        return total == Int(info.st_size)
    }
}
