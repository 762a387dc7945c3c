import Foundation
import TrainerCore

/// `TRAINER_NOW` fixes "now": a time with a zone (`2026-11-23T09:00:00Z`, `...+01:00`), a local
/// time without one (`2026-11-23T09:00:00` or `2026-11-23T09:00`), or a date meaning 09:00 local.
enum ClockSetting {
    static func clock(from environment: [String: String]) -> Result<Clock, CommandFailure> {
        guard let text = environment["TRAINER_NOW"], !text.isEmpty else { return .success(.system) }
        if let date = InternetTime.date(from: text) { return .success(.fixed(date)) }
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return .success(.fixed(date)) }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return .success(.fixed(date)) }
        if let day = Day(text), let date = Day.calendar.date(byAdding: .hour, value: 9, to: day.date) {
            return .success(.fixed(date))
        }
        let local = DateFormatter()
        local.locale = Locale(identifier: "en_US_POSIX")
        local.timeZone = Day.calendar.timeZone
        for format in ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"] {
            local.dateFormat = format
            if let date = local.date(from: text) { return .success(.fixed(date)) }
        }
        return .failure(CommandFailure(
            "TRAINER_NOW `\(text)` is not a time: use 2026-11-23T09:00:00Z (with a zone), 2026-11-23T09:00:00 (local) or 2026-11-23"))
    }
}
