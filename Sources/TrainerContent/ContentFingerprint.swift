import Crypto
import Foundation
import TrainerCore
#if canImport(Glibc)
import Glibc
#endif

/// The content files found by one walk of the content folders, with their `stat`.
struct ContentWalk {
    var files: [(path: String, signature: FileSignature)] = []
}

extension ContentLoader {
    /// SHA-256 over every content file's path, size and digest: the content cache's key. Nil when
    /// a file cannot be read. Every start pays for it, so it walks with POSIX calls, and with a
    /// `memo` it reads only the files whose `stat` changed since they were last hashed.
    public func fingerprint(salt: String, memo memoFile: URL? = nil) -> String? {
        walk().flatMap { fingerprint(of: $0, salt: salt, memo: memoFile)?.key }
    }

    /// The key of the files `walk` found, and each file's SHA-256 as taken for it: `BankEntries`
    /// names a bank's entry by its digest, so a load after an edit neither reads nor hashes an
    /// unchanged bank again.
    func fingerprint(of walk: ContentWalk, salt: String, memo memoFile: URL?) -> (key: String, digests: FileDigestMemo)? {
        let known = memoFile.map(FileDigestMemo.init(contentsOf:)) ?? FileDigestMemo()
        var seen = FileDigestMemo()
        var hasher = SHA256()
        update(&hasher, with: salt)
        var buffer: [UInt8] = [], read = 0
        for (path, signature) in walk.files.sorted(by: { $0.path < $1.path }) {
            let remembered = known.digest(of: path, signature)
            guard let digest = remembered ?? digest(of: path, size: signature.size, buffer: &buffer) else { return nil }
            if remembered == nil { read += 1 }
            seen.record(path, signature, digest)
            update(&hasher, with: "\(path)\0\(signature.size)\0")
            digest.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        }
        // Written again when a file was read: the new memo's later start trusts it next time.
        if let memoFile, read > 0 || seen != known { seen.write(to: memoFile) }
        return (hasher.finalize().withUnsafeBytes { $0.hexDigits }, seen)
    }

    /// Every content file and what `stat` says of it, in the order the folders list them; nil
    /// when a content file cannot be `stat`ed.
    func walk() -> ContentWalk? {
        var walk = ContentWalk()
        for folder in [Self.banksFolder, Self.curriculumFolder] {
            guard collectContentFiles(in: folder, into: &walk.files) else { return nil }
        }
        return walk
    }

    private func update(_ hasher: inout SHA256, with text: String) {
        var text = text
        text.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
    }

    /// `.yaml` and `.md` files below `folder` (relative to the content root), at any depth, with
    /// what `stat` says of each, asked relative to the open folder (the kernel does not walk the
    /// whole path again for every file). False when a content file cannot be `stat`ed.
    private func collectContentFiles(in folder: String, into files: inout [(path: String, signature: FileSignature)]) -> Bool {
        guard let directory = opendir(root.path + "/" + folder) else { return true }
        defer { closedir(directory) }
        let descriptor = dirfd(directory)
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                raw.bindMemory(to: CChar.self).baseAddress.map { String(cString: $0) } ?? ""
            }
            guard !name.isEmpty, name != ".", name != ".." else { continue }
            var info = stat()
            let type = entry.pointee.d_type
            if type == UInt8(DT_DIR) || (type == UInt8(DT_UNKNOWN) && fstatat(descriptor, name, &info, 0) == 0 && (info.st_mode & S_IFMT) == S_IFDIR) {
                guard collectContentFiles(in: folder + "/" + name, into: &files) else { return false }
            } else if name.hasSuffix(".yaml") || name.hasSuffix(".md") {
                guard fstatat(descriptor, name, &info, 0) == 0 else { return false }
                files.append((folder + "/" + name, FileSignature(info)))
            }
        }
        return true
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
