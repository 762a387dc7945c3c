/// The date of every plan day after shifts and pauses. A change moves only the days not yet
/// reached when it was made (the day it was made included): past days keep their dates.
struct PlanSchedule {
    private var offsets: [Int: Int]
    private let plan: Plan
    private let start: Day
    private let calendar: WorkingCalendar
    /// Paused now (a pause without a resume).
    private(set) var isPaused = false

    init(plan: Plan, start: Day, changes: [PlanChange], calendar: WorkingCalendar, today: Day) {
        self.plan = plan
        self.start = start
        self.calendar = calendar
        offsets = Dictionary(uniqueKeysWithValues: plan.days.map { ($0.day, 0) })
        var pausedSince: Day?
        for change in changes {
            switch change.kind {
            case .shift: move(by: change.days, from: change.day)
            case .pause: pausedSince = pausedSince ?? change.day
            case .resume:
                if let since = pausedSince { move(by: calendar.workingDays(from: since, to: change.day), from: since) }
                pausedSince = nil
            case .add, .start, .untick: break
            }
        }
        if let since = pausedSince {
            move(by: calendar.workingDays(from: since, to: today), from: since)
            isPaused = true
        }
    }

    func date(of day: Int) -> Day {
        calendar.workingDay(from: start, offset: day - 1 + (offsets[day] ?? 0))
    }

    /// Moves every day dated on or after `day` by `count` working days.
    private mutating func move(by count: Int, from day: Day) {
        guard count != 0 else { return }
        for planDay in plan.days where date(of: planDay.day) >= day {
            offsets[planDay.day, default: 0] += count
        }
    }
}
