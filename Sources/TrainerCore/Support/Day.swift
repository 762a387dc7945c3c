import Foundation

/// A calendar date without a time (`2026-11-23`), as plans and start dates use.
public struct Day: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil for anything else or an impossible date.
    public init?(_ text: String) {
        let parts = text.split(separator: "-").map { Int($0) }
        guard parts.count == 3, let y = parts[0], let m = parts[1], let d = parts[2],
              let date = Day.calendar.date(from: DateComponents(year: y, month: m, day: d)) else { return nil }
        self.init(date: date)
        guard year == y, month == m, day == d else { return nil }
    }

    public init(date: Date, calendar: Calendar = Day.calendar) {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1)
    }

    /// The Gregorian calendar in the machine's time zone: a trainee's day is their local day.
    public static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone.current
        return calendar
    }

    public var date: Date {
        Day.calendar.date(from: DateComponents(year: year, month: month, day: day)) ?? Date(timeIntervalSince1970: 0)
    }

    public var weekday: Weekday {
        // 1970-01-01 was a Thursday (Foundation's weekday 5, Sunday = 1).
        let number = civilOrdinal.map { (($0 + 4) % 7 + 7) % 7 + 1 } ?? Day.calendar.component(.weekday, from: date)
        return Weekday.allCases.first { $0.gregorianNumber == number } ?? .mon
    }

    public func adding(days: Int) -> Day {
        if let ordinal = civilOrdinal, let day = Day(civilOrdinal: ordinal + days) { return day }
        return Day(date: Day.calendar.date(byAdding: .day, value: days, to: date) ?? date)
    }

    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }

    public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
}
