import Foundation
import TrainerCore

/// `TRAINER_NOW` fixes "now" (ISO 8601: `2026-11-23T09:00:00Z`, or a date `2026-11-23` meaning 09:00 local).
enum ClockSetting {
    static func clock(from environment: [String: String]) -> Result<Clock, CommandFailure> {
        guard let text = environment["TRAINER_NOW"], !text.isEmpty else { return .success(.system) }
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return .success(.fixed(date)) }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return .success(.fixed(date)) }
        if let day = Day(text), let date = Day.calendar.date(byAdding: .hour, value: 9, to: day.date) {
            return .success(.fixed(date))
        }
        return .failure(CommandFailure("TRAINER_NOW `\(text)` is not an ISO 8601 time like 2026-11-23T09:00:00Z"))
    }
}
