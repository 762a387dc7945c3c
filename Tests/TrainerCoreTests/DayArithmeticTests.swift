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

    /// The local day of an instant by offset arithmetic is the calendar's, in zones with half- and
    /// quarter-hour offsets and daylight saving, around midnight and around the transitions.
    @Test func theDayOfAnInstantAgreesWithTheCalendarInEveryZone() throws {
        var random = SeededGenerator(seed: 16)
        let zones = ["UTC", "Europe/Berlin", "America/New_York", "America/St_Johns", "Asia/Kathmandu", "Australia/Lord_Howe",
                     "Pacific/Chatham", "Pacific/Kiritimati", "America/Adak"]
        for name in zones {
            let zone = try #require(TimeZone(identifier: name))
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            var instants = (0..<1_500).map { _ in Date(timeIntervalSince1970: Double(Int64.random(in: -11_000_000_000_000...250_000_000_000_000, using: &random)) / 1_000) }
            // Every quarter hour around a few local midnights and the 2026 transitions.
            for start in [1_774_744_200.0, 1_792_886_400, 1_767_225_600, 951_782_400] {
                instants += (-200...200).map { Date(timeIntervalSince1970: start + Double($0) * 900) }
            }
            for instant in instants {
                #expect(Day(date: instant, in: zone) == Day(date: instant, calendar: calendar), "\(instant) in \(name)")
                let c = calendar.dateComponents([.hour, .minute], from: instant)
                #expect(Day.local(instant, in: zone)?.minute == (c.hour ?? 0) * 60 + (c.minute ?? 0), "\(instant) in \(name)")
            }
        }
        #expect(Day(date: Date(timeIntervalSince1970: 0), in: try #require(TimeZone(identifier: "America/New_York"))).description == "1969-12-31")
    }

    @Test func daysAreReadAndWrittenAsBefore() {
        var random = SeededGenerator(seed: 17)
        for _ in 0..<2_000 {
            let (y, m, d) = (Int.random(in: 1...10_500, using: &random), Int.random(in: 0...13, using: &random), Int.random(in: 0...32, using: &random))
            let text = "\(y)-\(m)-\(d)"
            let components = DateComponents(year: y, month: m, day: d)
            // The calendar round trip Day(_:) used for every date.
            let expected = Day.calendar.date(from: components).map { Day(date: $0, calendar: Day.calendar) }
                .flatMap { $0 == Day(year: y, month: m, day: d) ? $0 : nil }
            #expect(Day(text) == expected, "\(text)")
            let day = Day(year: y, month: m, day: d)
            #expect(day.description == String(format: "%04d-%02d-%02d", y, m, d))
        }
        #expect(Day("2026-02-29") == nil && Day("2024-02-29") == Day(year: 2024, month: 2, day: 29) && Day("2026-1") == nil)
    }
}
