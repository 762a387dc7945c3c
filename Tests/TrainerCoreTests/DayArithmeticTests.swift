import Foundation
import Testing
import TrainerCore

/// Day arithmetic by hand gives what Foundation's Gregorian calendar gives.
@Suite struct DayArithmeticTests {
    @Test func addingDaysAndWeekdaysAgreeWithTheCalendar() {
        var random = SeededGenerator(seed: 15)
        let calendar = Day.calendar
        for _ in 0..<2_000 {
            let day = Day(year: Int.random(in: 1900...2200, using: &random), month: Int.random(in: 1...12, using: &random),
                          day: Int.random(in: 1...28, using: &random))
            let offset = Int.random(in: -20_000...20_000, using: &random)
            let expected = Day(date: calendar.date(byAdding: .day, value: offset, to: day.date) ?? day.date)
            #expect(day.adding(days: offset) == expected, "\(day) + \(offset)")
            let number = calendar.component(.weekday, from: day.date)
            #expect(day.weekday.gregorianNumber == number, "\(day)")
        }
        // Month ends and leap days.
        #expect(Day(year: 2024, month: 2, day: 28).adding(days: 1) == Day(year: 2024, month: 2, day: 29))
        #expect(Day(year: 2100, month: 2, day: 28).adding(days: 1) == Day(year: 2100, month: 3, day: 1))
        #expect(Day(year: 2000, month: 12, day: 31).adding(days: 1) == Day(year: 2001, month: 1, day: 1))
        #expect(Day(year: 2026, month: 11, day: 23).weekday == .mon)
    }
}
