/// The figures of one shift, from its ticket grades (defined once, for every report).
public struct ShiftKPIs: Sendable, Hashable, Codable {
    public var tickets: Int
    /// Median simulated minutes to the first reply, over tickets that had one.
    public var firstResponseMedian: Double?
    public var slaMetShare: Double
    public var triageAccuracy: Double
    /// Share of closed tickets resolved on first contact.
    public var fcrShare: Double
    public var closed: Int
    /// Simulated CSAT: the share of ratings of 4 or 5, over tickets the customer rated.
    public var csat: Double?
    public var misses: [(ticket: Int, what: String)] {
        grades.flatMap { grade in grade.misses.map { (grade.ticket, $0) } }
    }
    public var grades: [TicketGrade]

    public init(grades: [TicketGrade]) {
        self.grades = grades
        tickets = grades.count
        let responses = grades.compactMap(\.firstResponseMinutes).sorted()
        firstResponseMedian = Self.median(responses)
        slaMetShare = Self.share(grades.filter(\.slaMet).count, of: grades.count)
        triageAccuracy = Self.share(grades.filter(\.triageRight).count, of: grades.count)
        closed = grades.filter(\.closed).count
        fcrShare = Self.share(grades.filter(\.firstContact).count, of: closed)
        let ratings = grades.compactMap(\.rating)
        csat = ratings.isEmpty ? nil : Self.share(ratings.filter { $0 >= 4 }.count, of: ratings.count)
    }

    /// Grades every ticket that arrived by the shift's clock.
    public init(_ shift: Shift) {
        self.init(grades: shift.arrived.map { TicketGrading.grade($0, policy: shift.policy, at: shift.clock) })
    }

    public var isClean: Bool { grades.allSatisfy { $0.misses.isEmpty } }

    static func median(_ sorted: [Int]) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[mid]) : Double(sorted[mid - 1] + sorted[mid]) / 2
    }

    static func share(_ part: Int, of whole: Int) -> Double { whole == 0 ? 1 : Double(part) / Double(whole) }
}
