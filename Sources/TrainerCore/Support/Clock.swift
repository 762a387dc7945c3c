import Foundation

/// The one source of "now". Production reads the system clock; tests and demos fix it
/// (`TRAINER_NOW`), so every date-dependent result is reproducible.
public struct Clock: Sendable {
    public var now: @Sendable () -> Date

    public init(now: @escaping @Sendable () -> Date) { self.now = now }

    public static let system = Clock { Date() }

    public static func fixed(_ date: Date) -> Clock { Clock { date } }

    public var today: Day { Day(date: now()) }
}
