import Foundation

/// An internet time (RFC 3339): `2026-11-23T09:00:00Z`, `2026-11-23T09:00:00.250+01:00`. Read
/// without a formatter: making an `ISO8601DateFormatter` costs a start a few milliseconds, and
/// every scripted run and benchmark fixes "now" this way.
public enum InternetTime {
    /// The moment `text` names; nil unless it is exactly this form, with a real date of 1600–9999.
    public static func date(from text: String) -> Date? {
        var text = text
        return text.withUTF8 { date(UnsafeRawBufferPointer($0)) }
    }

    private static func date(_ bytes: UnsafeRawBufferPointer) -> Date? {
        guard bytes.count >= 20, let seconds = DateTimeFields.secondsSince1970(bytes, separator: UInt8(ascii: "T")) else { return nil }
        func number(_ start: Int, _ count: Int) -> Int? { DateTimeFields.number(bytes, start ..< start + count) }
        func separator(_ index: Int, _ character: Unicode.Scalar) -> Bool { bytes[index] == UInt8(ascii: character) }
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
        return Date(timeIntervalSince1970: Double(seconds - offset) + fraction)
    }
}
