import Foundation
import TrainerCore
import TrainerStore

/// `trainer --demo`: a throwaway database with a small cohort, so anyone can look around at once.
enum Demo {
    static let lead = "lena"
    static let passphrase = "demo-passphrase"

    static func makeStore(clock: Clock) throws -> Store {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trainer-demo-\(UUID().uuidString)")
        let store = try Store(path: folder.appendingPathComponent("demo.sqlite").path)
        let today = clock.today
        let people = [
            NewAccount(name: lead, role: .lead, passphrase: passphrase),
            NewAccount(name: "mark", role: .mentor, passphrase: passphrase),
            NewAccount(name: "tom", role: .trainee, mentor: "mark", track: "support", start: today.adding(days: -6), passphrase: passphrase),
            NewAccount(name: "tara", role: .trainee, mentor: "mark", track: "support", start: today.adding(days: -3), passphrase: passphrase),
        ]
        for person in people { try store.addAccount(person, at: clock.now()) }
        return store
    }

    static func banner(style: Style) -> String {
        """
        \(style.bold("Demo mode")): a throwaway database, deleted from your mind when you leave.
        Accounts: lena (lead), mark (mentor), tom and tara (trainees of mark); passphrase `\(passphrase)`.
        You are logged in as lena. Try `help`, `user list`, or `login tom`.
        """
    }
}
