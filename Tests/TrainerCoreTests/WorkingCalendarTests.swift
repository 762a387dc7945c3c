import Testing
import TrainerCore

/// Plan dates count working days: skipping whole weeks at once lands where stepping a day at a
/// time does, for any working week, start and offset (forwards and back).
@Suite struct WorkingCalendarTests {
    /// The definition: step a day at a time, counting working days.
    static func stepping(_ calendar: WorkingCalendar, from start: Day, offset: Int) -> Day {
        var day = start
        while !calendar.isWorking(day) { day = day.adding(days: 1) }
        var remaining = offset
        while remaining != 0 {
            day = day.adding(days: remaining > 0 ? 1 : -1)
            if calendar.isWorking(day) { remaining += remaining > 0 ? -1 : 1 }
        }
        return day
    }

    @Test func skippingWholeWeeksLandsOnTheSameDayAsStepping() {
        var random = SeededGenerator(seed: 2026)
        for _ in 0..<300 {
            let week = Set(Weekday.allCases.filter { _ in Bool.random(using: &random) })
            let calendar = WorkingCalendar(workingDays: week)
            let start = Day(year: 2026, month: 1, day: 1).adding(days: Int.random(in: 0..<700, using: &random))
            let offset = Int.random(in: -40...120, using: &random)
            #expect(calendar.workingDay(from: start, offset: offset) == Self.stepping(calendar, from: start, offset: offset),
                    "\(week.sorted()) from \(start) by \(offset)")
        }
    }

    @Test func aMondayToFridayPlanSkipsTheWeekend() {
        let calendar = WorkingCalendar(workingDays: [.mon, .tue, .wed, .thu, .fri])
        // 2026-11-20 is a Friday: the next working day is Monday the 23rd, ten working days on is 2026-12-04.
        #expect(calendar.workingDay(from: Day(year: 2026, month: 11, day: 20), offset: 1) == Day(year: 2026, month: 11, day: 23))
        #expect(calendar.workingDay(from: Day(year: 2026, month: 11, day: 20), offset: 10) == Day(year: 2026, month: 12, day: 4))
    }
}
