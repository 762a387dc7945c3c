import Foundation
import TrainerCore
import TrainerStore

/// The welcome on a database with no accounts: creates the first lead and logs them in.
struct FirstRun {
    let session: Session

    /// False when the person left instead of creating the lead.
    func run() -> Bool {
        session.say(session.style.bold("Welcome to trainer."))
        session.say("""
            This database has no accounts yet. Let's create the first lead: the person who adds
            mentors and trainees and runs certification sessions. (To look around first, leave with
            Ctrl-D and run `trainer --demo`.)
            """)
        while true {
            guard case .line(let typed) = session.input.readLine(prompt: "Lead's name: ", remember: false) else {
                session.say("\nNothing was created. Run `trainer` again when you are ready.")
                return false
            }
            let name = typed.trimmingCharacters(in: .whitespaces)
            if let problem = AccountName.problem(with: name) {
                session.warn(problem)
                continue
            }
            do {
                let secret = try session.newPassphrase(for: name)
                session.user = try session.store.initialize(lead: NewAccount(name: name, role: .lead, passphrase: secret),
                                                            at: session.clock.now())
                session.say("Created lead \(name) and logged you in. Type `help` to see what you can do.")
                return true
            } catch {
                session.warn("error: \(error)")
            }
        }
    }
}
