import Foundation
import Testing
import TrainerCore

/// Issue 15, point 6: each failed login in a row waits longer, from 1 s doubling up to 60 s.
@Suite struct LoginGuardTests {
    let then = Date(timeIntervalSince1970: 1_795_000_000)

    @Test func theWaitDoublesFromTheSecondFailureAndStopsAtAMinute() {
        let waits = (0...12).map { LoginGuard.wait(afterFailures: $0) }
        #expect(waits == [0, 0, 1, 2, 4, 8, 16, 32, 60, 60, 60, 60, 60])
        #expect(LoginGuard.wait(afterFailures: Int.max) == 60)
    }

    @Test func theWaitLeftCountsDownFromTheLastFailureRoundedUp() {
        let guarded = LoginGuard(failures: 4, lastFailure: then)
        #expect(guarded.secondsToWait(at: then) == 4)
        #expect(guarded.secondsToWait(at: then.addingTimeInterval(2.5)) == 2)
        #expect(guarded.secondsToWait(at: then.addingTimeInterval(3.2)) == 1)
        #expect(guarded.secondsToWait(at: then.addingTimeInterval(4)) == 0)
        #expect(guarded.secondsToWait(at: then.addingTimeInterval(-10)) == 14)
    }

    @Test func anotherFailureCountsFromItsOwnTime() {
        let later = then.addingTimeInterval(30)
        let next = LoginGuard(failures: 2, lastFailure: then).failedAgain(at: later)
        #expect(next == LoginGuard(failures: 3, lastFailure: later))
        #expect(next.secondsToWait(at: later) == 2)
        #expect(LoginGuard.advice(seconds: 4) == "wait 4 s before trying again")
    }
}
