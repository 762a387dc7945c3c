import Foundation

/// How long an account waits after failed logins, so passphrases cannot be guessed quickly: a first
/// typo costs nothing, the second failure in a row waits 1 s, and each further one twice as long, up
/// to 60 s. A success or a lead's reset clears the count.
public struct LoginGuard: Sendable, Equatable {
    /// Failed logins in a row.
    public var failures: Int
    /// When the last of them happened.
    public var lastFailure: Date

    public init(failures: Int, lastFailure: Date) {
        self.failures = failures
        self.lastFailure = lastFailure
    }

    public static let longestWait = 60

    /// Whole seconds to wait after `failures` failed logins in a row.
    public static func wait(afterFailures failures: Int) -> Int {
        guard failures > 1 else { return 0 }
        // 2^(n-2), capped before the shift can overflow.
        return failures > 8 ? longestWait : min(longestWait, 1 << (failures - 2))
    }

    /// The time from which another attempt is heard.
    public var nextAttempt: Date { lastFailure.addingTimeInterval(TimeInterval(Self.wait(afterFailures: failures))) }

    /// Whole seconds (rounded up) still to wait at `now`; 0 when another attempt may be made.
    public func secondsToWait(at now: Date) -> Int {
        let left = nextAttempt.timeIntervalSince(now)
        return left > 0 ? Int(left.rounded(.up)) : 0
    }

    /// The guard after one more failure at `now`.
    public func failedAgain(at now: Date) -> LoginGuard { LoginGuard(failures: failures + 1, lastFailure: now) }

    /// What the person is told: "wait 4 s before trying again".
    public static func advice(seconds: Int) -> String { "wait \(seconds) s before trying again" }
}
