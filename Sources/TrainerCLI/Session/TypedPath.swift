import Foundation

/// A file path a person typed, read the way a shell would: `~` and `~/...` mean the home
/// folder (at the prompt no shell expands them), and the folder it names must already exist.
struct TypedPath {
    /// The path to open, with `~` expanded.
    let path: String

    init(_ typed: String, environment: [String: String]) {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        if typed == "~" {
            path = home
        } else if typed.hasPrefix("~/") {
            path = (home as NSString).appendingPathComponent(String(typed.dropFirst(2)))
        } else {
            path = typed
        }
    }

    /// The folder the file goes in.
    var folder: String {
        let parent = (path as NSString).deletingLastPathComponent
        return parent.isEmpty ? "." : parent
    }

    /// Refuses a path whose folder is missing: a typo in a folder name should not create folders.
    func requireFolder() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw CommandFailure("the folder \(folder) does not exist: create it first, or choose another path")
        }
        guard isDirectory.boolValue else { throw CommandFailure("\(folder) is a file, not a folder") }
    }

    var exists: Bool { FileManager.default.fileExists(atPath: path) }
}
