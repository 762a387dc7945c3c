import Foundation

/// Writes files that carry answer keys or personal data: created owner-only (0600) as a temporary
/// file beside the destination and renamed into place, so nobody else can read them and an
/// interrupted write never leaves half a file.
enum OwnerOnlyFile {
    static func write(_ text: String, to path: String) throws {
        try stream(to: path) { output in
            output.append(text)
        }
    }

    /// The streamed variant: `body` writes as it goes, chunks reach the temporary file as they fill,
    /// and the file takes its name only once `body` has finished without error.
    static func stream(to path: String, _ body: (StreamedOutput) throws -> Void) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.\((path as NSString).lastPathComponent).\(getpid()).partial"
        let fd = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw CommandFailure("cannot write \(path): \(String(cString: strerror(errno)))") }
        do {
            let output = StreamedOutput { try StreamedOutput.write($0, to: fd) }
            try body(output)
            try output.flush()
            guard fsync(fd) == 0 else { throw CommandFailure("cannot write \(path): \(String(cString: strerror(errno)))") }
            close(fd)
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw CommandFailure("cannot write \(path): \(reason)")
        }
    }
}
