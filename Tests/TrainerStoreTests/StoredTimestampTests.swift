import Foundation
import GRDB
import Testing
import TrainerCore
import TrainerStore

/// A stored time's local day by arithmetic is the day of the `Date` the store reads from it.
@Suite struct StoredTimestampTests {
    static func day(_ text: String) -> Day? {
        var text = text
        return text.withUTF8 { StoredTimestamp.day(UnsafeRawBufferPointer($0), in: .current) }
    }

    @Test func theDayIsTheDayOfTheStoredDate() throws {
        var random = SeededGenerator(seed: 15)
        // Midnights, the milliseconds around them, and random moments of 1600–9999.
        let midnightSeconds: Int = 1_795_000_000 - 1_795_000_000 % 86_400
        let midnight = Date(timeIntervalSince1970: Double(midnightSeconds))
        let moments = [midnight, midnight.addingTimeInterval(-0.001), midnight.addingTimeInterval(0.001), Date(timeIntervalSince1970: 0)]
            + (0..<2_000).map { _ in Date(timeIntervalSince1970: Double(Int64.random(in: -11_000_000_000_000...250_000_000_000_000, using: &random)) / 1_000) }
        for moment in moments {
            let text = try #require(String.fromDatabaseValue(moment.databaseValue))
            let stored = try #require(Date.fromDatabaseValue(text.databaseValue))
            #expect(Self.day(text) == Day(date: stored), "\(text)")
        }
    }

    @Test func otherLayoutsAreReadAsTheStoreReadsDates() {
        for text in ["2026-11-23 09:00:00", "2026-11-23", "2026-11-23T23:59:59.999", "2026-13-23 09:00:00.000", "2026-11-23 24:00:00.000"] {
            #expect(Self.day(text) == Date.fromDatabaseValue(text.databaseValue).map(Day.init(date:)), "\(text)")
        }
        #expect(Self.day("not a time at all!!!!!!") == nil)
    }
}
