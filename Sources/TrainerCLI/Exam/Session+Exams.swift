import Foundation
import TrainerCore
import TrainerStore

extension Session {
    /// A blueprint by id, or a failure that suggests the closest one.
    func blueprint(named id: String) throws -> ExamBlueprint {
        if let blueprint = curriculum.exam(id) { return blueprint }
        let ids = curriculum.exams.map(\.id)
        let hint = Suggestion.closest(to: id, among: ids).map { " Did you mean `\($0)`?" } ?? ""
        throw CommandFailure("no exam `\(id)`.\(hint) Exams: \(ids.joined(separator: ", "))")
    }

    /// A session `viewer` may see, or a failure saying so.
    func examSession(_ id: Int64) throws -> ExamSessionRecord {
        guard let record = try store.examSession(id, visibleTo: try currentUser()) else {
            throw CommandFailure("no exam session \(id) that you may see (`exam sessions` lists them)")
        }
        return record
    }

    /// A seed that differs per session but is fixed for a fixed clock (tests, demos).
    func examSeed(_ salt: String) -> UInt64 {
        salt.utf8.reduce(UInt64(bitPattern: Int64(clock.now().timeIntervalSince1970 * 1000))) { ($0 &* 0x100_0000_01B3) ^ UInt64($1) }
    }
}

/// `--at` for a session: `2026-11-24T09:00:00Z`, `2026-11-24 09:00` or `2026-11-24T09:00` in local time.
enum TimeArgument {
    static func parse(_ text: String) -> Date? {
        if let date = ISO8601DateFormatter().date(from: text) { return date }
        let normalized = text.replacingOccurrences(of: "T", with: " ")
        let parts = normalized.split(separator: " ")
        guard parts.count == 2, let day = Day(String(parts[0])) else { return nil }
        let clock = parts[1].split(separator: ":").compactMap { Int($0) }
        guard clock.count == 2, (0..<24).contains(clock[0]), (0..<60).contains(clock[1]) else { return nil }
        return Day.calendar.date(bySettingHour: clock[0], minute: clock[1], second: 0, of: day.date)
    }
}
