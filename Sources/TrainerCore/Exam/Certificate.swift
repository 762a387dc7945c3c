import Foundation

/// Proof that someone passed a certification exam, and when they must take it again.
public struct Certificate: Sendable, Hashable, Codable {
    public var id: String
    public var user: String
    public var exam: String
    public var examTitle: String
    public var score: Double
    public var issued: Day
    /// nil when the exam never expires.
    public var recertifyBy: Day?

    public init(id: String, user: String, exam: String, examTitle: String, score: Double, issued: Day, recertifyBy: Day?) {
        self.id = id
        self.user = user
        self.exam = exam
        self.examTitle = examTitle
        self.score = score
        self.issued = issued
        self.recertifyBy = recertifyBy
    }

    /// `SC-20261123-0007`: the exam's initials, the day and a running number, so a printed
    /// certificate can be read out and looked up.
    public static func id(exam: String, issued: Day, number: Int64) -> String {
        let initials = exam.split(separator: "-").compactMap(\.first).map { String($0).uppercased() }.joined()
        let digits = String(number)
        let padded = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        return "\(initials)-\(issued.description.replacingOccurrences(of: "-", with: ""))-\(padded)"
    }

    public static func recertifyBy(issued: Day, afterDays days: Int?) -> Day? {
        days.map { issued.adding(days: $0) }
    }

    /// Whether it must be renewed by `today + days` (an expired one included).
    public func isDue(within days: Int, on today: Day) -> Bool {
        guard let recertifyBy else { return false }
        return recertifyBy <= today.adding(days: days)
    }

    public func hasExpired(on today: Day) -> Bool { recertifyBy.map { $0 < today } ?? false }
}
