import Foundation
import TrainerCore

/// The accounts of a generated organisation, and the fixed moment its history ends.
public enum ScaleNames {
    public static let lead = "lead"
    /// Every generated account's passphrase (hashed with few iterations, so logging in is cheap).
    public static let passphrase = "scale-passphrase"
    public static let iterations = 1_000
    /// The history's end: run commands against a generated database with `TRAINER_NOW` set to this.
    public static let now = "2026-11-23T09:00:00Z"
    public static var nowDate: Date { ISO8601DateFormatter().date(from: now) ?? Date(timeIntervalSince1970: 1_795_424_400) }

    public static func mentor(_ index: Int) -> String { "mentor-" + padded(index + 1, 2) }
    public static func trainee(_ index: Int) -> String { "trainee-" + padded(index + 1, 3) }

    /// How generated sandbox replies sign off (one play serves many trainees).
    static let agent = "the support team"

    /// The trainee with the longest history: the first one starts on the history's first day.
    public static var longestHistory: String { trainee(0) }

    private static func padded(_ number: Int, _ width: Int) -> String {
        String(repeating: "0", count: max(0, width - String(number).count)) + String(number)
    }
}
