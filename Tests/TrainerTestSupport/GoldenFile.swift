import Foundation

/// Compares output with a golden file, the way swift-argument-parser's `assertSnapshot` does:
/// a missing or changed golden file is a failure, never a silent new baseline.
///
/// - missing: the output is written as `NAME.golden` and the check fails; review it, commit it.
/// - changed: the output is written beside it as `NAME.golden.new` and the check fails; with
///   `TRAINER_RECORD_GOLDEN=1` it overwrites `NAME.golden` instead (and still fails once).
public struct GoldenFile {
    public let url: URL

    /// `name` in `folder` (usually `Golden/` beside the test file: pass `#filePath`).
    public init(_ name: String, besides testFile: String) {
        url = URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent("Golden/\(name).golden")
    }

    /// nil when `actual` matches; otherwise what went wrong and where the new output was written.
    public func mismatch(_ actual: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let fileManager = FileManager.default
        try? fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return "no golden file \(url.lastPathComponent) yet: recorded it from this run; review and commit it"
        }
        let newURL = url.appendingPathExtension("new")
        guard expected != actual else {
            try? fileManager.removeItem(at: newURL)
            return nil
        }
        let recording = environment["TRAINER_RECORD_GOLDEN"] == "1"
        try? actual.write(to: recording ? url : newURL, atomically: true, encoding: .utf8)
        return "\(url.lastPathComponent) differs at line \(Self.firstDifference(expected, actual)): "
            + (recording ? "re-recorded it (TRAINER_RECORD_GOLDEN=1); review the diff" : "new output in \(newURL.lastPathComponent); diff them, and re-record with TRAINER_RECORD_GOLDEN=1 if it is right")
    }

    static func firstDifference(_ a: String, _ b: String) -> Int {
        let left = a.components(separatedBy: "\n"), right = b.components(separatedBy: "\n")
        for index in 0..<max(left.count, right.count) where index >= left.count || index >= right.count || left[index] != right[index] {
            return index + 1
        }
        return 0
    }
}
