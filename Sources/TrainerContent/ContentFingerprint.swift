import Crypto
import Foundation
import TrainerCore
#if canImport(Glibc)
import Glibc
#endif

extension ContentLoader {
    /// SHA-256 over every content file's path, size and digest: the content cache's key. Nil when
    /// a file cannot be read. Every start pays for it, so it walks with POSIX calls, and with a
    /// `memo` it reads only the files whose `stat` changed since they were last hashed.
    public func fingerprint(salt: String, memo memoFile: URL? = nil) -> String? { fingerprintAndDigests(salt: salt, memo: memoFile)?.key }

    /// The key, and each file's SHA-256 as taken for it: `BankEntries` names a bank's entry by
    /// its digest, so a load after an edit neither reads nor hashes an unchanged bank again.
    func fingerprintAndDigests(salt: String, memo memoFile: URL? = nil) -> (key: String, digests: FileDigestMemo)? {
        var paths: [String] = []
        for folder in [Self.banksFolder, Self.curriculumFolder] { collectContentFiles(in: folder, into: &paths) }
        let known = memoFile.map(FileDigestMemo.init(contentsOf:)) ?? FileDigestMemo()
        var seen = FileDigestMemo()
        var hasher = SHA256()
        hasher.update(data: Data(salt.utf8))
        var buffer: [UInt8] = [], read = 0
        for path in paths.sorted() {
            var info = stat()
            guard stat(root.path + "/" + path, &info) == 0 else { return nil }
            let signature = FileSignature(info)
            let remembered = known.digest(of: path, signature)
            guard let digest = remembered ?? digest(of: path, size: signature.size, buffer: &buffer) else { return nil }
            if remembered == nil { read += 1 }
            seen.record(path, signature, digest)
            hasher.update(data: Data("\(path)\0\(signature.size)\0".utf8))
            hasher.update(data: digest)
        }
        // Written again when a file was read: the new memo's later start trusts it next time.
        if let memoFile, read > 0 || seen != known { seen.write(to: memoFile) }
        return (hasher.finalize().hexDigits, seen)
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

    /// The SHA-256 of one file's bytes; nil when it cannot be read whole.
    private func digest(of path: String, size: Int, buffer: inout [UInt8]) -> [UInt8]? {
        let descriptor = open(root.path + "/" + path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        if buffer.isEmpty { buffer = [UInt8](repeating: 0, count: 1 << 16) }
        var hasher = SHA256()
        var total = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            buffer.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0.prefix(count))) }
            total += count
        }
        return total == size ? Array(hasher.finalize()) : nil
    }
}
