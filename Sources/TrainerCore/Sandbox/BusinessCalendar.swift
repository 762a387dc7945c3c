import Foundation

/// Support hours on the simulated clock: which days, from when to when (POLICY.md: Monday to
/// Friday, 08:00–20:00 CET).
public struct BusinessHours: Sendable, Hashable, Codable {
    public var days: Set<Weekday>
    /// Minutes after midnight.
    public var opens: Int
    public var closes: Int

    public init(days: Set<Weekday>, opens: Int, closes: Int) {
        self.days = days
        self.opens = opens
        self.closes = closes
    }

    public static let standard = BusinessHours(days: [.mon, .tue, .wed, .thu, .fri], opens: 8 * 60, closes: 20 * 60)
    public static let always = BusinessHours(days: Set(Weekday.allCases), opens: 0, closes: 24 * 60)

    public var minutesPerDay: Int { closes - opens }
}

/// Business-time arithmetic on the simulated clock. A simulated minute counts from Monday 00:00
/// of the shift's week (minute 540 is Monday 09:00), so weekends and nights are plain arithmetic.
public struct BusinessCalendar: Sendable, Hashable {
    public static let minutesPerDay = 24 * 60
    public static let weekdays: [Weekday] = [.mon, .tue, .wed, .thu, .fri, .sat, .sun]

    public let hours: BusinessHours
    /// Open weekdays as bits (Monday = bit 0) and whether every minute counts: looked up on
    /// every clock step, so kept apart from the set.
    private let openDays: UInt8
    private let isAlways: Bool

    public init(hours: BusinessHours) {
        self.hours = hours
        openDays = Self.weekdays.enumerated().reduce(0) { mask, day in hours.days.contains(day.element) ? mask | (1 << day.offset) : mask }
        isAlways = hours.minutesPerDay >= Self.minutesPerDay && openDays == 0x7F
    }

    private func isWorkingDay(_ day: Int) -> Bool { openDays & (1 << (((day % 7) + 7) % 7)) != 0 }

    /// Business P1: every minute counts.
    public static let aroundTheClock = BusinessCalendar(hours: .always)

    /// The length of `duration` in counted minutes (a day is the calendar's working day).
    public func minutes(in duration: SLADuration) -> Int { duration.minutes + duration.days * hours.minutesPerDay }

    public static func weekday(at minute: Int) -> Weekday {
        let day = minute >= 0 ? minute / minutesPerDay : (minute - minutesPerDay + 1) / minutesPerDay
        return weekdays[((day % 7) + 7) % 7]
    }

    /// Whether the clock runs at `minute`.
    public func isOpen(at minute: Int) -> Bool {
        let inDay = ((minute % Self.minutesPerDay) + Self.minutesPerDay) % Self.minutesPerDay
        return isWorkingDay(floorDay(minute)) && inDay >= hours.opens && inDay < hours.closes
    }

    /// Counted minutes in `[from, to)`; zero when `to` is not after `from`.
    public func businessMinutes(from: Int, to: Int) -> Int {
        guard to > from else { return 0 }
        if isAlways { return to - from }
        var total = 0
        var day = floorDay(from)
        while day * Self.minutesPerDay < to {
            if isWorkingDay(day) {
                let open = day * Self.minutesPerDay + hours.opens, close = day * Self.minutesPerDay + hours.closes
                total += max(0, min(close, to) - max(open, from))
            }
            day += 1
        }
        return total
    }

    /// The simulated minute at which `amount` counted minutes have passed since `from`.
    /// A ticket that arrives on Saturday starts its clock on Monday at opening time.
    public func adding(_ amount: Int, to start: Int) -> Int {
        var from = start
        if isAlways { return start + amount }
        guard openDays != 0, hours.minutesPerDay > 0 else { return Int.max / 2 }
        var left = amount
        var day = floorDay(from)
        // Whole weeks at once: a five-day resolution target is not five hundred steps.
        let perWeek = openDays.nonzeroBitCount * hours.minutesPerDay
        if left > perWeek {
            let weeks = (left - 1) / perWeek
            day += weeks * 7
            from += weeks * 7 * Self.minutesPerDay
            left -= weeks * perWeek
        }
        while true {
            if isWorkingDay(day) {
                let open = day * Self.minutesPerDay + hours.opens, close = day * Self.minutesPerDay + hours.closes
                let start = max(open, from)
                if start < close {
                    if start + left <= close { return start + left }
                    left -= close - start
                }
            }
            day += 1
        }
    }

    private func floorDay(_ minute: Int) -> Int {
        minute >= 0 ? minute / Self.minutesPerDay : (minute - Self.minutesPerDay + 1) / Self.minutesPerDay
    }

    /// "Mon 09:42" for a simulated minute.
    public static func label(_ minute: Int) -> String {
        let inDay = ((minute % minutesPerDay) + minutesPerDay) % minutesPerDay
        let day = weekday(at: minute).rawValue.capitalized
        let h = inDay / 60, m = inDay % 60
        return "\(day) \(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)"
    }
}
