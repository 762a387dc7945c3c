import Foundation

/// Where trainer keeps its files, by the XDG base directory rules.
struct Paths {
    let environment: [String: String]

    private var home: String { environment["HOME"] ?? NSHomeDirectory() }

    private func base(_ variable: String, default fallback: String) -> String {
        if let value = environment[variable], value.hasPrefix("/") { return value }
        return (home as NSString).appendingPathComponent(fallback)
    }

    /// `--db`, else `TRAINER_DB`, else `$XDG_DATA_HOME/trainer/trainer.sqlite`.
    func database(option: String?) -> String {
        if let option { return TypedPath(option, environment: environment).path }
        if let variable = environment["TRAINER_DB"], !variable.isEmpty { return variable }
        return base("XDG_DATA_HOME", default: ".local/share") + "/trainer/trainer.sqlite"
    }

    /// The default database's folder, created owner-only on first use (a path given with `--db`
    /// or `TRAINER_DB` must already have its folder).
    func createDataFolder() throws {
        let folder = (database(option: nil) as NSString).deletingLastPathComponent
        guard !FileManager.default.fileExists(atPath: folder) else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw CommandFailure("cannot create the folder \(folder): \(error.localizedDescription)")
        }
    }

    /// `--content`, else `TRAINER_CONTENT`, else the current directory.
    func content(option: String?) -> URL {
        let path = option.map { TypedPath($0, environment: environment).path } ?? environment["TRAINER_CONTENT"].flatMap { $0.isEmpty ? nil : $0 } ?? FileManager.default.currentDirectoryPath
        return URL(fileURLWithPath: path, isDirectory: true)
    }

    var cache: URL { URL(fileURLWithPath: base("XDG_CACHE_HOME", default: ".cache") + "/trainer", isDirectory: true) }

    var history: String { base("XDG_STATE_HOME", default: ".local/state") + "/trainer/history" }
}
