import Foundation
import Testing
import TrainerCore

/// Internet times read by hand name the moment Foundation's ISO 8601 formatter reads.
@Suite struct InternetTimeTests {
    @Test func agreesWithTheFormatter() throws {
        var random = SeededGenerator(seed: 15)
        let plain = ISO8601DateFormatter()
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        for _ in 0..<2_000 {
            let year = Int.random(in: 1900...2200, using: &random), month = Int.random(in: 1...12, using: &random)
            let day = Int.random(in: 1...28, using: &random)
            let time = "\(two(Int.random(in: 0...23, using: &random))):\(two(Int.random(in: 0...59, using: &random))):\(two(Int.random(in: 0...59, using: &random)))"
            let zone = ["Z", "+01:00", "-05:30", "+14:00", "-00:00"][Int.random(in: 0...4, using: &random)]
            let text = "\(year)-\(two(month))-\(two(day))T\(time)\(zone)"
            #expect(InternetTime.date(from: text) == plain.date(from: text), "\(text)")
            let withFraction = "\(year)-\(two(month))-\(two(day))T\(time).250\(zone)"
            let expected = fractional.date(from: withFraction)
            let read = InternetTime.date(from: withFraction)
            #expect((read == nil) == (expected == nil), "\(withFraction)")
            if let read, let expected { #expect(abs(read.timeIntervalSince(expected)) < 0.001, "\(withFraction)") }
        }
    }

    @Test func readsTheLastDayOfEveryMonth() {
        let plain = ISO8601DateFormatter()
        for text in ["2024-02-29T09:00:00Z", "2000-02-29T23:59:59+05:00", "2026-01-31T00:00:00Z", "2026-04-30T12:00:00-03:00", "2026-12-31T23:59:59Z"] {
            #expect(InternetTime.date(from: text) != nil && InternetTime.date(from: text) == plain.date(from: text), "\(text)")
        }
    }

    /// What it refuses goes to the formatters (`ClockSetting`), which roll 30 February over to
    /// March: only exact internet times with real dates are read here.
    @Test func refusesWhatIsNotExactlyAnInternetTime() {
        for text in ["", "2026-11-23", "2026-11-23T09:00", "2026-11-23T09:00:00", "2026-11-23 09:00:00Z",
                     "2026-11-23T24:00:00Z", "2026-11-23T09:60:00Z", "2026-02-29T09:00:00Z", "2026-11-23T09:00:00+0100",
                     "2026-11-23T09:00:00Zx", "2026-11-23T09:00:00.Z", "２026-11-23T09:00:00Z", "2026-11-23T09:00:00+01:00 "] {
            #expect(InternetTime.date(from: text) == nil, "\(text)")
        }
        #expect(InternetTime.date(from: "2028-02-29T23:59:59-01:00") == Date(timeIntervalSince1970: 1_835_485_199))
    }
}
