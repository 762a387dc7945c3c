import Foundation
import Testing
import TrainerCore
@testable import TrainerStore

/// Failed logins are counted per account, make the next attempt wait, and are cleared by a success
/// or a new passphrase.
@Suite struct LoginGuardStoreTests {
    let store: Store

    init() throws {
        store = try Store()
        try store.initialize(lead: NewAccount(name: "lena", role: .lead, passphrase: "lena-secret", iterations: fast), at: now)
        try store.addAccount(NewAccount(name: "tom", role: .trainee, passphrase: "tom-secret", iterations: fast), at: now)
    }

    func seconds(_ offset: Double) -> Date { now.addingTimeInterval(offset) }

    @Test func failuresInARowWaitLongerAndOnlyForThatAccount() throws {
        #expect(throws: StoreError.wrongPassphrase("tom", seconds: 0)) { try store.authenticate(name: "tom", passphrase: "a", at: seconds(0)) }
        #expect(throws: StoreError.wrongPassphrase("tom", seconds: 1)) { try store.authenticate(name: "tom", passphrase: "b", at: seconds(0)) }
        // Within the wait, even the right passphrase is not heard (and the count stays).
        #expect(throws: StoreError.loginPaused("tom", seconds: 1)) { try store.authenticate(name: "tom", passphrase: "tom-secret", at: seconds(0.5)) }
        #expect(try store.loginGuard(of: "tom")?.failures == 2)
        #expect(throws: StoreError.wrongPassphrase("tom", seconds: 2)) { try store.authenticate(name: "tom", passphrase: "c", at: seconds(1)) }
        #expect(throws: StoreError.wrongPassphrase("tom", seconds: 4)) { try store.authenticate(name: "tom", passphrase: "d", at: seconds(3)) }
        #expect(throws: StoreError.loginPaused("tom", seconds: 3)) { try store.authenticate(name: "tom", passphrase: "e", at: seconds(4)) }
        #expect(StoreError.loginPaused("tom", seconds: 3).description
            == "too many failed logins for `tom`: wait 3 s before trying again (a lead can reset it with `user passwd tom`)")
        // Another account is not slowed down.
        #expect(try store.authenticate(name: "lena", passphrase: "lena-secret", at: seconds(4)).name == "lena")
        #expect(try store.loginGuard(of: "lena") == nil)
    }

    @Test func aSuccessAfterTheWaitClearsTheCount() throws {
        for attempt in 0..<3 { _ = try? store.authenticate(name: "tom", passphrase: "x", at: seconds(Double(attempt * 10))) }
        #expect(try store.loginGuard(of: "tom") == LoginGuard(failures: 3, lastFailure: seconds(20)))
        #expect(try store.authenticate(name: "tom", passphrase: "tom-secret", at: seconds(22)).name == "tom")
        #expect(try store.loginGuard(of: "tom") == nil)
        #expect(throws: StoreError.wrongPassphrase("tom", seconds: 0)) { try store.authenticate(name: "tom", passphrase: "x", at: seconds(23)) }
    }

    @Test func aNewPassphraseClearsTheCount() throws {
        for attempt in 0..<9 { _ = try? store.authenticate(name: "tom", passphrase: "x", at: seconds(Double(attempt * 100))) }
        #expect(try store.loginGuard(of: "tom")?.secondsToWait(at: seconds(800)) == 60)
        try store.setPassphrase(of: "tom", to: "tom-new-secret", iterations: fast)
        #expect(try store.loginGuard(of: "tom") == nil)
        #expect(try store.authenticate(name: "tom", passphrase: "tom-new-secret", at: seconds(801)).name == "tom")
    }
}
