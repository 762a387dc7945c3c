import Foundation

/// Identifies this build of trainer (its executable's path, size and modification time), so
/// caches written by another build are never trusted. Read with POSIX calls: every start pays.
enum ProgramStamp {
    static var current: String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let path = length > 0 ? String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
                              : CommandLine.arguments[0]
        var info = stat()
        guard stat(path, &info) == 0 else { return "unknown" }
        #if canImport(Glibc)
        let modified = info.st_mtim
        #else
        let modified = info.st_mtimespec
        #endif
        return "\(path):\(info.st_size):\(modified.tv_sec).\(modified.tv_nsec)"
    }
}
