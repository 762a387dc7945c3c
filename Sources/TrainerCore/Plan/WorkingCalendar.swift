/// Maps plan days to dates over a track's working days: day 1 is the first working day on or
/// after the start date; weekends (or whatever the plan does not work) are skipped.
public struct WorkingCalendar: Sendable {
    public var workingDays: Set<Weekday>

    public init(workingDays: Set<Weekday>) {
        self.workingDays = workingDays.isEmpty ? [.mon, .tue, .wed, .thu, .fri] : workingDays
    }

    public func isWorking(_ day: Day) -> Bool { workingDays.contains(day.weekday) }

    /// The working day `offset` working days after the first working day on or after `start`.
    public func workingDay(from start: Day, offset: Int) -> Day {
        var day = start
        while !isWorking(day) { day = day.adding(days: 1) }
        // Whole weeks at once: seven days from a working day hold each working weekday once.
        let weeks = offset / workingDays.count
        if weeks != 0 { day = day.adding(days: weeks * 7) }
        var remaining = offset - weeks * workingDays.count
        while remaining > 0 {
            day = day.adding(days: 1)
            if isWorking(day) { remaining -= 1 }
        }
        while remaining < 0 {
            day = day.adding(days: -1)
            if isWorking(day) { remaining += 1 }
        }
        return day
    }

    /// Working days in `[from, to)`; negative when `to` is earlier.
    public func workingDays(from: Day, to: Day) -> Int {
        if to < from { return -workingDays(from: to, to: from) }
        var count = 0
        var day = from
        while day < to {
            if isWorking(day) { count += 1 }
            day = day.adding(days: 1)
        }
        return count
    }
}

extension Plan {
    /// The plan week (1, 2, …) of a plan day, counted in the plan's working days per week.
    public func week(ofDay day: Int) -> Int {
        let perWeek = WorkingCalendar(workingDays: workingDays).workingDays.count
        return (max(day, 1) - 1) / perWeek + 1
    }

    /// Whether `day` is the last plan day of its week (or of the plan).
    public func isLastDayOfWeek(_ day: Int) -> Bool {
        day == days.count || week(ofDay: day + 1) != week(ofDay: day)
    }
}
