import Foundation

/// How big the heavy reliability tests run: small in CI, the full size with
/// `TRAINER_SCALE=full`.
public enum TestScale {
    public static var isFull: Bool { ProcessInfo.processInfo.environment["TRAINER_SCALE"] == "full" }

    /// `ci` normally, `full` under `TRAINER_SCALE=full`.
    public static func pick(ci: Int, full: Int) -> Int { isFull ? full : ci }

    /// The base seed of randomised tests: `TRAINER_TEST_SEED` replays a reported failure.
    public static var seed: UInt64 {
        ProcessInfo.processInfo.environment["TRAINER_TEST_SEED"].flatMap { UInt64($0) } ?? 20_261_201
    }
}
