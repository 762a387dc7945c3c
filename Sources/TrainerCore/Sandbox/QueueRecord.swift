/// One person's finished shifts taken together, for reports over many shifts: the figures each
/// shift stored when it ended (`ShiftKPIs`, without its grades), combined by ticket counts as if
/// one long shift. Nothing is graded again.
public struct QueueRecord: Sendable, Hashable {
    public var shifts: Int
    /// Tickets and closed tickets summed; SLA met and triage shares over every ticket, FCR over
    /// closed ones; the first response is the middle of the shifts' medians and CSAT the mean of
    /// the shifts' CSAT (a stored shift keeps neither every reply time nor its rating count).
    public var figures: ShiftKPIs
    /// Share of tickets resolved within their resolution target, when the grades were read.
    public var resolutionMetShare: Double?
    /// Supervised mode: drafts written, and those the mentor sent back.
    public var drafts: Int
    public var draftsReturned: Int

    /// Tickets still open when their shift ended.
    public var leftOpen: Int { figures.tickets - figures.closed }

    public init(shifts: [ShiftKPIs], resolutionMet: Int? = nil, drafts: Int = 0, draftsReturned: Int = 0) {
        self.shifts = shifts.count
        var combined = ShiftKPIs(grades: [])
        combined.tickets = shifts.reduce(0) { $0 + $1.tickets }
        combined.closed = shifts.reduce(0) { $0 + $1.closed }
        combined.firstResponseMedian = ShiftKPIs.middle(shifts.compactMap(\.firstResponseMedian).sorted())
        combined.slaMetShare = ShiftKPIs.share(Self.count(shifts, \.slaMetShare, of: \.tickets), of: combined.tickets)
        combined.triageAccuracy = ShiftKPIs.share(Self.count(shifts, \.triageAccuracy, of: \.tickets), of: combined.tickets)
        combined.fcrShare = ShiftKPIs.share(Self.count(shifts, \.fcrShare, of: \.closed), of: combined.closed)
        let ratings = shifts.compactMap(\.csat)
        combined.csat = ratings.isEmpty ? nil : ratings.reduce(0, +) / Double(ratings.count)
        figures = combined
        resolutionMetShare = resolutionMet.map { ShiftKPIs.share($0, of: combined.tickets) }
        self.drafts = drafts
        self.draftsReturned = draftsReturned
    }

    /// How many tickets a per-shift share stood for, summed over the shifts.
    private static func count(_ shifts: [ShiftKPIs], _ share: KeyPath<ShiftKPIs, Double>, of whole: KeyPath<ShiftKPIs, Int>) -> Int {
        Int(shifts.reduce(0.0) { $0 + $1[keyPath: share] * Double($1[keyPath: whole]) }.rounded())
    }
}

extension ShiftKPIs {
    /// A shift's figures as stored beside it, without the grades they came from.
    public static func stored(tickets: Int, closed: Int, firstResponseMedian: Double?, slaMetShare: Double, triageAccuracy: Double,
                              fcrShare: Double, csat: Double?) -> ShiftKPIs {
        var figures = ShiftKPIs(grades: [])
        (figures.tickets, figures.closed, figures.firstResponseMedian) = (tickets, closed, firstResponseMedian)
        (figures.slaMetShare, figures.triageAccuracy, figures.fcrShare, figures.csat) = (slaMetShare, triageAccuracy, fcrShare, csat)
        return figures
    }

    /// The median of values already sorted, as a fraction when the count is even.
    static func middle(_ sorted: [Double]) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }
}
