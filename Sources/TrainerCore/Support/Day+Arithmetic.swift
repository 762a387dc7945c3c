/// Day arithmetic without Foundation's calendar, which plan schedules call thousands of times a
/// report (a lead's desk dates every plan day of 500 trainees). Exact for real dates of years
/// 1600–9999 (after the Gregorian reform); anything else goes through `Day.calendar` as before.
extension Day {
    /// Days since 1970-01-01 (H. Hinnant's `days_from_civil`), nil outside the range above.
    public var civilOrdinal: Int? {
        guard (1600...9999).contains(year), (1...12).contains(month), (1...Day.length(of: month, in: year)).contains(day) else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = y / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `ordinal` days after 1970-01-01 (`civil_from_days`), nil outside the range above.
    init?(civilOrdinal ordinal: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        guard (1600...9999).contains(year) else { return nil }
        self.init(year: year, month: month, day: dayOfYear - (153 * shifted + 2) / 5 + 1)
    }

    static func length(of month: Int, in year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
