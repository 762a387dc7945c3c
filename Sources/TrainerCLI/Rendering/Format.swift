import Foundation
import TrainerCore

/// Times as reports show them, in the trainee's local time zone.
enum Format {
    /// `2026-11-23 09:00`.
    static func time(_ date: Date) -> String {
        // Without a calendar or a formatter for real dates: listings print one per row.
        if let (day, minute) = Day.local(date) {
            let hour = minute / 60, minute = minute % 60
            return "\(day) \(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)"
        }
        let c = Day.calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
    }

    /// ISO 8601 with the zone, for JSON.
    static func iso(_ date: Date) -> String { isoFormatter.string(from: date) }

    /// Made once: a listing formats two dates per attempt, and making a formatter costs more than using it.
    nonisolated(unsafe) private static let isoFormatter: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = Day.calendar.timeZone
        return formatter
    }()
}
