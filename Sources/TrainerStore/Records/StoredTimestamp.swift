import Foundation
import GRDB
import TrainerCore

/// Timestamps as the store keeps them (GRDB's `YYYY-MM-DD HH:MM:SS.SSS`, UTC), rewritten as ISO 8601
/// bytes without a round trip through `Date` and a formatter: a long export meets millions.
public enum StoredTimestamp {
    /// What exports write: the stored text with `T` for the space and `Z` after it
    /// (`2026-11-23T09:00:00.000Z`); text shorter than a full time is copied as it is.
    public static func appendISO(_ stored: UnsafeRawBufferPointer, to bytes: inout [UInt8]) {
        guard stored.count >= 19 else { return bytes.append(contentsOf: stored) }
        bytes.append(contentsOf: stored[0..<10])
        bytes.append(stored[10] == UInt8(ascii: " ") ? UInt8(ascii: "T") : stored[10])
        bytes.append(contentsOf: stored[11...])
        bytes.append(UInt8(ascii: "Z"))
    }

    public static func iso(_ stored: String) -> String {
        var stored = stored, bytes: [UInt8] = []
        stored.withUTF8 { appendISO(UnsafeRawBufferPointer($0), to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// To the second in UTC (`2026-11-23T09:00:00Z`), the bytes `ISO8601DateFormatter` gives in UTC
    /// (it drops the milliseconds); false, and nothing appended, when the text has another layout.
    public static func appendUTCSeconds(_ stored: UnsafeRawBufferPointer, to bytes: inout [UInt8]) -> Bool {
        guard stored.count == 19 || (stored.count == 23 && stored[19] == UInt8(ascii: ".")) else { return false }
        for (index, byte) in stored.prefix(19).enumerated() {
            let expected: UInt8? = switch index {
            case 4, 7: UInt8(ascii: "-")
            case 10: UInt8(ascii: " ")
            case 13, 16: UInt8(ascii: ":")
            default: nil
            }
            guard expected.map({ $0 == byte }) ?? (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) else { return false }
        }
        bytes.append(contentsOf: stored[0..<10])
        bytes.append(UInt8(ascii: "T"))
        bytes.append(contentsOf: stored[11..<19])
        bytes.append(UInt8(ascii: "Z"))
        return true
    }

    /// The local day in `zone` of a stored time, by day arithmetic when it has the layout the
    /// store writes: reading it as a `Date` goes through a calendar, most of reading a trainee's
    /// answers for the sheet. Other layouts as the store reads dates; nil when unreadable.
    public static func day(_ stored: UnsafeRawBufferPointer, in zone: TimeZone) -> Day? {
        guard stored.count == 23, stored[19] == UInt8(ascii: "."),
              let seconds = DateTimeFields.secondsSince1970(stored, separator: UInt8(ascii: " ")),
              let millis = DateTimeFields.number(stored, 20..<23) else { return date(stored).map { Day(date: $0, in: zone) } }
        return Day(date: Date(timeIntervalSince1970: Double(seconds) + Double(millis) / 1_000), in: zone)
    }

    /// The moment, read as the store reads dates: for text in a layout the byte paths do not take.
    public static func date(_ stored: UnsafeRawBufferPointer) -> Date? {
        Date.fromDatabaseValue(String(decoding: stored, as: UTF8.self).databaseValue)
    }
}
