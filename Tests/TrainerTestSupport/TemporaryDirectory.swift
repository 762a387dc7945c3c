import Foundation

/// A fresh folder per test, removed when the value goes away.
public final class TemporaryDirectory: @unchecked Sendable {
    public let url: URL

    public init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("trainer-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    public func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

    /// Writes `text` at `relative`, creating folders.
    public func write(_ relative: String, _ text: String) {
        let file = url.appendingPathComponent(relative)
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? text.write(to: file, atomically: true, encoding: .utf8)
    }

    public func remove(_ relative: String) {
        try? FileManager.default.removeItem(at: url.appendingPathComponent(relative))
    }
}
