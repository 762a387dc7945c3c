/// Where a trainee stands in their plan on a given day: every day's date and every item's
/// state, what was expected by now, and whether they are ahead, on track or behind.
///
/// The plan is a path, not a set of deadlines: "expected" counts the items of days that are
/// over (before today); today's items are open, not late.
public struct PlanProgress: Sendable, Equatable {
    public enum Status: String, Sendable, Codable { case notStarted = "not started", ahead, onTrack = "on track", behind, paused, finished }

    public enum ItemState: String, Sendable, Codable { case open, done, passed, failed }

    public struct Item: Sendable, Equatable {
        /// The stable identity (`PlanItemKey`), stored with ticks and meetings.
        public var key: String
        /// `3.2`: day 3, item 2, for typing (`done 3.2`); the key itself for an added item.
        public var shortcut: String
        public var day: Int
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

        // Counted without a filtered copy: a lead's desk asks it of every day of 500 plans.
        public var completed: Int { items.reduce(0) { $1.isComplete ? $0 + 1 : $0 } }
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
    public var overdue: [Item] { Array(overdueItems) }

    /// How many of `overdue` are `included`, without collecting them (the desk counts them for everyone).
    public func overdueCount(where included: (Item) -> Bool) -> Int { overdueItems.reduce(0) { included($1) ? $0 + 1 : $0 } }

    private var overdueItems: some Sequence<Item> { days.lazy.filter { $0.day < dayToday }.flatMap(\.items).filter { !$0.isComplete } }

    public var fractionDone: Double { total == 0 ? 0 : Double(completed) / Double(total) }
}

extension PlanProgress {
    /// Computes progress from the plan, the trainee's start and plan changes, and what they did.
    /// `keys`: the plan's item keys (`PlanItemKey.keys(for: plan)`) when the caller has them.
    public static func compute(plan: Plan, start: Day, changes: [PlanChange], facts: PlanFacts, today: Day,
                               keys: [[String]]? = nil) -> PlanProgress {
        let keys = keys.flatMap { $0.count == plan.days.count ? $0 : nil } ?? PlanItemKey.keys(for: plan)
        let calendar = WorkingCalendar(workingDays: plan.workingDays)
        let schedule = PlanSchedule(plan: plan, start: start, changes: changes, calendar: calendar, today: today)

        var failedShown = Set<String>()
        func state(of item: PlanItem, key: String) -> ItemState {
            if facts.ticked.contains(key) { return item.kind == .quiz || item.kind == .exam ? .passed : .done }
            switch item.kind {
            case .lesson:
                let qualified = Lesson.qualified(item.ref, inTrack: plan.track)
                return facts.lessonsRead.contains(qualified) ? .done : .open
            case .quiz:
                // A failed last try shows on the earliest open instance of the quiz only.
                guard facts.failedQuizTopics.contains(item.ref), failedShown.insert(item.ref).inserted else { return .open }
                return .failed
            case .task, .roleplay, .queue, .meeting, .exam:
                return .open
            }
        }

        let added = changes.filter { $0.kind == .add }
        let days = zip(plan.days, keys).map { planDay, dayKeys -> DayProgress in
            var items = zip(planDay.items, dayKeys).enumerated().map { index, pair in
                Item(key: pair.1, shortcut: "\(planDay.day).\(index + 1)", day: planDay.day, item: pair.0,
                     state: state(of: pair.0, key: pair.1), isAdded: false)
            }
            for change in added where change.planDay == planDay.day {
                guard let item = change.item else { continue }
                let key = PlanItemKey.added(change.id)
                items.append(Item(key: key, shortcut: key, day: planDay.day, item: item, state: state(of: item, key: key), isAdded: true))
            }
            return DayProgress(day: planDay.day, date: schedule.date(of: planDay.day), title: planDay.title, items: items)
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
        } else if schedule.isPaused {
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

    /// Every item, in plan order.
    public var items: [Item] { days.flatMap(\.items) }

    /// The item a typed reference names: its key, or its `day.item` shortcut.
    public func item(named reference: String) -> Item? {
        items.first { $0.key == reference } ?? items.first { $0.shortcut == reference }
    }

    /// The milestone a pass ticks: the earliest open instance of that quiz, exam or role-play
    /// (`.quiz, "triage"`); the same one planned again later needs its own pass.
    public func milestone(_ kind: PlanItem.Kind, _ ref: String) -> Item? {
        items.first { $0.item.kind == kind && $0.item.ref == ref && !$0.isComplete }
    }

    /// The `queue:` item a finished shift of `minutes` ticks: the earliest open one asking for no more.
    public func queueMilestone(minutes: Int) -> Item? {
        items.first { ($0.item.queueMinutes ?? Int.max) <= minutes && !$0.isComplete }
    }

    /// The `queue:` item the next shift stands for: the earliest open one (its length and supervision).
    public var nextQueueItem: Item? { items.first { $0.item.kind == .queue && !$0.isComplete } }

    /// The meeting item a logged meeting ticks: the earliest open one.
    public var nextMeeting: Item? { milestone(.meeting, "mentor") }
}
