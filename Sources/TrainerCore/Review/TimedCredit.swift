import Foundation

/// One credit that counts towards a topic's mastery (a skip is 0), with when it was given and
/// where, so the answers of interleaved attempts merge by time.
public struct TimedCredit: Sendable, Equatable {
    /// When the answer was given; a skipped question counts at its attempt's submission.
    public var at: Date
    public var credit: Double
    public var attempt: Int64
    public var position: Int

    public init(at: Date, credit: Double, attempt: Int64, position: Int) {
        self.at = at
        self.credit = credit
        self.attempt = attempt
        self.position = position
    }

    /// Newest first; answers given at the same moment by the later attempt, then the later
    /// position, so the order never depends on how rows happen to be read.
    public static func isNewer(_ a: TimedCredit, than b: TimedCredit) -> Bool {
        (a.at, a.attempt, a.position) > (b.at, b.attempt, b.position)
    }
}
