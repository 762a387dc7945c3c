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
        guard parts.count == 3, let y = parts[0], let m = parts[1], let d = parts[2] else { return nil }
        // A real date of 1600–9999 needs no calendar (`civilOrdinal` checks month and day).
        if Day(year: y, month: m, day: d).civilOrdinal != nil {
            self.init(year: y, month: m, day: d)
            return
        }
        guard let date = Day.calendar.date(from: DateComponents(year: y, month: m, day: d)) else { return nil }
        self.init(date: date, calendar: Day.calendar)
        guard year == y, month == m, day == d else { return nil }
    }

    /// The local day of `date` (in the machine's time zone, as `Day.calendar` sees it).
    public init(date: Date) { self.init(date: date, in: TimeZone.current) }

    /// The day of `date` in `zone`: its offset there added, then day arithmetic, without a calendar
    /// (making one per call was most of reading a trainee's answers); outside 1600–9999 through
    /// the Gregorian calendar in `zone`.
    public init(date: Date, in zone: TimeZone) {
        if let (day, _) = Day.local(date, in: zone) {
            self = day
            return
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        self.init(date: date, calendar: calendar)
    }

    /// The day of `date` in `zone` and the minute of that day (0–1439), by the zone's offset and
    /// day arithmetic; nil outside 1600–9999 (then ask a calendar).
    public static func local(_ date: Date, in zone: TimeZone = .current) -> (day: Day, minute: Int)? {
        let local = date.timeIntervalSince1970 + Double(zone.secondsFromGMT(for: date))
        guard local.magnitude < 1e12 else { return nil }
        let seconds = Int(local.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        return Day(civilOrdinal: days).map { ($0, (seconds - days * 86_400) / 60) }
    }

    public init(date: Date, calendar: Calendar) {
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

    public var description: String {
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
            return String(format: "%04d-%02d-%02d", year, month, day)
        }
        // As the format above writes it, without the formatter (every date a report prints).
        func digits(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: width - text.count) + text
        }
        return "\(digits(year, 4))-\(digits(month, 2))-\(digits(day, 2))"
    }

    public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
}
