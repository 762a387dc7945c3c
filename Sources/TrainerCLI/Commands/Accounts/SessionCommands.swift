import ArgumentParser
import TrainerCore
import TrainerStore

struct LoginCommand: TrainerCommand {
    static let configuration = CommandConfiguration(commandName: "login", _superCommandName: CommandTable.name, abstract: "Log in as someone (asks for the passphrase).")
    static let access = Access.anyone
    static let completion = CompletionKind.user

    @Argument(help: "Account name.") var name: String

    func run(in session: Session) throws {
        session.user = try session.authenticate(name)
        session.say("Logged in as \(name) (\(session.user?.role.rawValue ?? "")).")
    }
}

struct LogoutCommand: TrainerCommand {
    static let configuration = CommandConfiguration(commandName: "logout", _superCommandName: CommandTable.name, abstract: "Log out.")
    static let access = Access.signedIn

    func run(in session: Session) throws {
        let name = try session.currentUser().name
        session.user = nil
        session.say("Logged out \(name).")
    }
}

struct WhoamiCommand: TrainerCommand {
    static let configuration = CommandConfiguration(commandName: "whoami", _superCommandName: CommandTable.name, abstract: "Show who is logged in.")
    static let access = Access.anyone
    static let runsOnBrokenContent = true

    func run(in session: Session) throws {
        guard let user = session.user else {
            session.say("Not logged in.")
            return
        }
        var details = [user.role.rawValue]
        if let track = user.track { details.append("track \(track)") }
        if let mentor = user.mentor { details.append("mentor \(mentor)") }
        session.say("\(user.name) (\(details.joined(separator: ", ")))")
    }
}

struct InitCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", _superCommandName: CommandTable.name, abstract: "Create the first lead on an empty database.",
        discussion: "The passphrase comes from TRAINER_NEW_PASSPHRASE, else it is asked twice without echo.")
    static let access = Access.anyone

    @Option(help: "Name of the first lead.") var lead: String

    func run(in session: Session) throws {
        if let problem = AccountName.problem(with: lead) { throw CommandFailure(problem) }
        guard try session.store.accountCount() == 0 else { throw StoreError.notEmpty }
        let secret = try session.newPassphrase(for: lead)
        let account = try session.store.initialize(lead: NewAccount(name: lead, role: .lead, passphrase: secret), at: session.clock.now())
        session.user = account
        session.say("Created lead \(account.name). Next: add mentors and trainees with `user add NAME --role ROLE`.")
    }
}
