/// `YYYY-MM-DD?HH:MM:SS` read from bytes by day arithmetic, without a formatter or a calendar: the
/// shared start of an internet time (`T` between date and time) and of a time as the store writes
/// it (a space).
public enum DateTimeFields {
    /// The seconds since 1970 of the date and time at the start of `bytes`, read as UTC, with
    /// `separator` between them; nil for another layout, or a date or time that does not exist
    /// (or lies outside 1600–9999).
    public static func secondsSince1970(_ bytes: UnsafeRawBufferPointer, separator: UInt8) -> Int? {
        guard bytes.count >= 19, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == separator,
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              let year = number(bytes, 0..<4), let month = number(bytes, 5..<7), let day = number(bytes, 8..<10),
              let hour = number(bytes, 11..<13), let minute = number(bytes, 14..<16), let second = number(bytes, 17..<19),
              hour < 24, minute < 60, second < 60,
              let days = Day(year: year, month: month, day: day).civilOrdinal else { return nil }
        return days * 86_400 + hour * 3_600 + minute * 60 + second
    }

    /// The decimal digits in `range`; nil if any byte is not one.
    public static func number(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Int? {
        var value = 0
        for index in range {
            let digit = Int(bytes[index]) - Int(UInt8(ascii: "0"))
            guard (0...9).contains(digit) else { return nil }
            value = value * 10 + digit
        }
        return value
    }
}
