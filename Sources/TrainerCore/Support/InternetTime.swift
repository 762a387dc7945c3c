import Foundation

/// An internet time (RFC 3339): `2026-11-23T09:00:00Z`, `2026-11-23T09:00:00.250+01:00`. Read
/// without a formatter: making an `ISO8601DateFormatter` costs a start a few milliseconds, and
/// every scripted run and benchmark fixes "now" this way.
public enum InternetTime {
    /// The moment `text` names; nil unless it is exactly this form, with a real date of 1600–9999.
    public static func date(from text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20 else { return nil }
        func number(_ start: Int, _ count: Int) -> Int? {
            var value = 0
            for byte in bytes[start ..< start + count] {
                guard (UInt8(ascii: "0") ... UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        func separator(_ index: Int, _ character: Unicode.Scalar) -> Bool { bytes[index] == UInt8(ascii: character) }
        guard let year = number(0, 4), separator(4, "-"), let month = number(5, 2), separator(7, "-"), let day = number(8, 2),
              separator(10, "T"), let hour = number(11, 2), separator(13, ":"), let minute = number(14, 2),
              separator(16, ":"), let second = number(17, 2), hour < 24, minute < 60, second < 60,
              let ordinal = Day(year: year, month: month, day: day).civilOrdinal else { return nil }
        var index = 19
        var fraction = 0.0
        if separator(index, ".") {
            var scale = 0.1
            index += 1
            let digits = index
            while index < bytes.count, let digit = number(index, 1) {
                fraction += Double(digit) * scale
                scale /= 10
                index += 1
            }
            guard index > digits else { return nil }
        }
        guard index < bytes.count else { return nil }
        let offset: Int
        if separator(index, "Z") {
            guard index + 1 == bytes.count else { return nil }
            offset = 0
        } else {
            guard separator(index, "+") || separator(index, "-"), index + 6 == bytes.count, separator(index + 3, ":"),
                  let hours = number(index + 1, 2), let minutes = number(index + 4, 2), hours < 24, minutes < 60 else { return nil }
            offset = (separator(index, "-") ? -1 : 1) * (hours * 3_600 + minutes * 60)
        }
        let seconds = ordinal * 86_400 + hour * 3_600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }
}
