import Foundation

/// `trainer --demo` on the shipped content: lena (lead), mark (mentor), tom and tara (trainees),
/// a throwaway database per run, and a fixed "now" so every view is the same each time.
public enum DemoCohort {
    /// The project's root: the shipped Curriculum/ and QuestionBanks/.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let now = "2026-11-25T09:00:00Z"

    /// A process whose every run adds `--demo`; `home` is its HOME (and where `~` points).
    public static func process(home: TemporaryDirectory, extra: [String: String] = [:]) -> TrainerProcess {
        TrainerProcess(content: root.path, database: home.path("unused.sqlite"), now: now,
                       extra: ["HOME": home.url.path].merging(extra) { $1 })
    }
}

extension TrainerProcess {
    /// Runs `arguments` in a fresh demo cohort.
    @discardableResult
    public func demo(_ arguments: [String], stdin: String? = nil, env: [String: String] = [:]) throws -> Outcome {
        try run(["--demo"] + arguments, stdin: stdin, env: env)
    }
}
