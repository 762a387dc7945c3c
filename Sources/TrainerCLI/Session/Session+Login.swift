import TrainerCore
import TrainerStore

extension Session {
    /// Logs `name` in with their passphrase. While the account waits after failed logins, the
    /// wait is told before anyone types a passphrase that would not be heard.
    func authenticate(_ name: String) throws -> Account {
        let now = clock.now()
        if let wait = try store.loginGuard(of: name)?.secondsToWait(at: now), wait > 0 {
            throw StoreError.loginPaused(name, seconds: wait)
        }
        return try store.authenticate(name: name, passphrase: try passphrase(for: name), at: now)
    }
}
