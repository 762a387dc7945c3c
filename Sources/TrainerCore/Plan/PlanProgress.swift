/// Where a trainee stands in their plan on a given day: every day's date and every item's
/// state, what was expected by now, and whether they are ahead, on track or behind.
///
/// The plan is a path, not a set of deadlines: "expected" counts the items of days that are
/// over (before today); today's items are open, not late.
public struct PlanProgress: Sendable, Equatable {
    public enum Status: String, Sendable, Codable { case notStarted = "not started", ahead, onTrack = "on track", behind, paused, finished }

    public enum ItemState: String, Sendable, Codable { case open, done, passed, failed }

    public struct Item: Sendable, Equatable {
        /// `3.2`: day 3, item 2 (as `done` takes it); `+7` for an added item.
        public var key: String
        public var item: PlanItem
        public var state: ItemState
        public var isAdded: Bool

        public var isComplete: Bool { state == .done || state == .passed }
    }

    public struct DayProgress: Sendable, Equatable {
        public var day: Int
        public var date: Day
        public var title: String
        public var items: [Item]

        public var completed: Int { items.filter(\.isComplete).count }
    }

    public var days: [DayProgress]
    /// The plan day for `today` (0 before the start; past the end after it); nil for an empty plan.
    public var dayToday: Int
    public var expected: Int
    public var completedOfExpected: Int
    public var completed: Int
    public var total: Int
    public var status: Status

    /// Items of earlier days still open.
    public var overdue: [Item] { days.filter { $0.day < dayToday }.flatMap(\.items).filter { !$0.isComplete } }

    public var fractionDone: Double { total == 0 ? 0 : Double(completed) / Double(total) }
}

extension PlanProgress {
    /// Computes progress from the plan, the trainee's start and plan changes, and what they did.
    public static func compute(plan: Plan, start: Day, changes: [PlanChange], facts: PlanFacts, today: Day) -> PlanProgress {
        let calendar = WorkingCalendar(workingDays: plan.workingDays)
        let (shift, isPaused) = offset(changes: changes, calendar: calendar, today: today)
        var meetingsLeft = facts.meetingsLogged

        func state(of item: PlanItem, key: String) -> ItemState {
            switch item.kind {
            case .lesson:
                let qualified = item.ref.contains("/") ? item.ref : "\(plan.track)/\(item.ref)"
                return facts.lessonsRead.contains(qualified) || facts.ticked.contains(key) ? .done : .open
            case .quiz:
                guard let best = facts.bestQuizScores[item.ref] else { return facts.ticked.contains(key) ? .done : .open }
                return best >= (item.pass ?? 0.8) ? .passed : .failed
            case .meeting:
                // Logged meetings tick meeting items in plan order.
                if meetingsLeft > 0 {
                    meetingsLeft -= 1
                    return .done
                }
                return facts.ticked.contains(key) ? .done : .open
            case .task, .roleplay, .queue, .exam:
                return facts.ticked.contains(key) ? .done : .open
            }
        }

        let added = changes.filter { $0.kind == .add }
        let days = plan.days.map { planDay -> DayProgress in
            var items = planDay.items.enumerated().map { index, item in
                let key = "\(planDay.day).\(index + 1)"
                return Item(key: key, item: item, state: state(of: item, key: key), isAdded: false)
            }
            for change in added where change.planDay == planDay.day {
                guard let item = change.item else { continue }
                let key = "+\(change.id)"
                items.append(Item(key: key, item: item, state: state(of: item, key: key), isAdded: true))
            }
            return DayProgress(day: planDay.day, date: calendar.workingDay(from: start, offset: planDay.day - 1 + shift),
                               title: planDay.title, items: items)
        }

        let dayToday: Int
        if let first = days.first, today < first.date {
            dayToday = 0
        } else if let current = days.first(where: { $0.date >= today }) {
            dayToday = current.day
        } else {
            dayToday = (days.last?.day ?? 0) + 1
        }
        let past = days.filter { $0.date < today }
        let expected = past.reduce(0) { $0 + $1.items.count }
        let completedOfExpected = past.reduce(0) { $0 + $1.completed }
        let completed = days.reduce(0) { $0 + $1.completed }
        let total = days.reduce(0) { $0 + $1.items.count }
        let completedAhead = completed - completedOfExpected

        let status: Status
        if total > 0 && completed == total {
            status = .finished
        } else if isPaused {
            status = .paused
        } else if dayToday == 0 {
            status = .notStarted
        } else if expected - completedOfExpected > max(1, expected / 10) {
            status = .behind
        } else if completedOfExpected == expected && completedAhead > (days.first { $0.day == dayToday }?.items.count ?? 0) {
            status = .ahead
        } else {
            status = .onTrack
        }
        return PlanProgress(days: days, dayToday: dayToday, expected: expected, completedOfExpected: completedOfExpected,
                            completed: completed, total: total, status: status)
    }

    /// Working days the plan has moved: explicit shifts plus the working days spent paused.
    static func offset(changes: [PlanChange], calendar: WorkingCalendar, today: Day) -> (Int, paused: Bool) {
        var shift = 0
        var pausedSince: Day?
        for change in changes {
            switch change.kind {
            case .shift: shift += change.days
            case .pause: pausedSince = pausedSince ?? change.day
            case .resume:
                if let since = pausedSince { shift += calendar.workingDays(from: since, to: change.day) }
                pausedSince = nil
            case .add: break
            }
        }
        if let since = pausedSince { shift += calendar.workingDays(from: since, to: today) }
        return (shift, pausedSince != nil)
    }
}
