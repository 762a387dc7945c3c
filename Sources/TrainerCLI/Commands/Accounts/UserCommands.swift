import ArgumentParser
import TrainerCore
import TrainerStore

struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", _superCommandName: CommandTable.name, abstract: "Manage accounts.",
        subcommands: [UserAddCommand.self, UserListCommand.self, UserEditCommand.self, UserPasswdCommand.self,
                      UserRemoveCommand.self, UserRestoreCommand.self, UserLogCommand.self])
}

extension Role: ExpressibleByArgument {}

struct UserAddCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", _superCommandName: CommandTable.name, abstract: "Add an account (leads).",
        discussion: "The first passphrase comes from TRAINER_NEW_PASSPHRASE, else it is asked twice without echo.")
    static let access = Access.atLeast(.lead)

    @Argument(help: "Account name: letters, digits, . _ -") var name: String
    @Option(help: "trainee, mentor or lead.") var role: Role
    @Option(help: "The trainee's mentor.") var mentor: String?
    @Option(help: "The trainee's track (a folder of Curriculum/).") var track: String?
    @Option(help: "First day of the plan, YYYY-MM-DD (default: today).") var start: String?

    func run(in session: Session) throws {
        if let problem = AccountName.problem(with: name) { throw CommandFailure(problem) }
        var track = self.track
        if role == .trainee {
            track = try resolveTrack(track, in: session)
        } else if track != nil || mentor != nil {
            throw CommandFailure("--track and --mentor are for trainees")
        }
        let startDay = try start.map { text in
            guard let day = Day(text) else { throw CommandFailure("--start `\(text)` is not a date like 2026-11-23") }
            return day
        } ?? (role == .trainee ? session.clock.today : nil)
        if let existing = try session.store.account(named: name, includingRemoved: true) {
            guard existing.isRemoved else { throw StoreError.nameTaken(name) }
            throw CommandFailure("`\(existing.name)` is a removed account: `user restore \(existing.name)` brings it back with its history")
        }
        let secret = try session.newPassphrase(for: name)
        let account = try session.store.addAccount(
            NewAccount(name: name, role: role, mentor: mentor, track: track, start: startDay, passphrase: secret),
            at: session.clock.now())
        var details = [account.role.rawValue]
        if let track = account.track { details.append("track \(track)") }
        if let mentor = account.mentor { details.append("mentor \(mentor)") }
        if let start = account.start { details.append("starts \(start)") }
        session.say("Added \(account.name) (\(details.joined(separator: ", "))).")
    }

    private func resolveTrack(_ track: String?, in session: Session) throws -> String? {
        let tracks = session.curriculum.tracks
        guard let track else {
            if tracks.count == 1 { return tracks.first }
            throw CommandFailure("a trainee needs --track: one of \(tracks.joined(separator: ", "))")
        }
        guard tracks.contains(track) else {
            let hint = Suggestion.closest(to: track, among: tracks).map { " Did you mean `\($0)`?" } ?? ""
            throw CommandFailure("no track `\(track)` in Curriculum/.\(hint)")
        }
        return track
    }
}

struct UserListCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", _superCommandName: CommandTable.name, abstract: "List accounts (a mentor sees their trainees).")
    static let access = Access.atLeast(.mentor)

    @Flag(help: "Print JSON.") var json = false

    struct Row: Encodable {
        var name: String
        var role: String
        @NullWhenAbsent var mentor: String?
        @NullWhenAbsent var track: String?
        @NullWhenAbsent var start: String?
        var removed: Bool
    }

    func run(in session: Session) throws {
        let me = try session.currentUser()
        // A lead also sees removed accounts, marked, since their history stays reviewable.
        let removed = me.role == .lead ? try session.store.removedAccounts() : []
        let accounts = (try session.store.accounts(visibleTo: me) + removed).sorted { $0.name.lowercased() < $1.name.lowercased() }
        if json {
            session.say(try JSONOutput.render(accounts.map {
                Row(name: $0.name, role: $0.role.rawValue, mentor: $0.mentor, track: $0.track, start: $0.start?.description, removed: $0.isRemoved)
            }))
            return
        }
        session.say(session.table(
            ["name", "role", "mentor", "track", "start", "state"],
            accounts.map { [$0.name, $0.role.rawValue, $0.mentor ?? "", $0.track ?? "", $0.start?.description ?? "", $0.isRemoved ? "removed" : "active"] }))
    }
}

struct UserPasswdCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "passwd", _superCommandName: CommandTable.name, abstract: "Change your passphrase (a lead may reset anyone's).",
        discussion: "The new passphrase comes from TRAINER_NEW_PASSPHRASE, else it is asked twice without echo.")
    static let access = Access.signedIn
    static let completion = CompletionKind.user

    @Argument(help: "Whose passphrase (default: yours).") var name: String?

    func run(in session: Session) throws {
        let me = try session.currentUser()
        let target = name ?? me.name
        if target.lowercased() != me.name.lowercased() && me.role != .lead {
            throw CommandFailure("only a lead may change someone else's passphrase")
        }
        guard try session.store.account(named: target) != nil else { throw StoreError.unknownUser(target) }
        if target.lowercased() == me.name.lowercased() {
            // Someone at an unattended terminal must not be able to take the account over.
            _ = try session.authenticate(me.name)
        }
        let secret = try session.newPassphrase(for: target)
        try session.store.setPassphrase(of: target, to: secret)
        session.say("Passphrase changed for \(target).")
    }
}

struct UserRemoveCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", _superCommandName: CommandTable.name, abstract: "Close an account; its history stays for review (leads).")
    static let access = Access.atLeast(.lead)
    static let completion = CompletionKind.user

    @Argument(help: "Account name.") var name: String
    @Option(help: "For a mentor with trainees: who takes them over.") var reassignTo: String?

    func run(in session: Session) throws {
        if name.lowercased() == (try session.currentUser().name.lowercased()) {
            throw CommandFailure("you cannot remove your own account")
        }
        let trainees = try session.store.trainees(of: name)
        try session.store.removeAccount(named: name, at: session.clock.now(), reassignTo: trainees.isEmpty ? nil : reassignTo)
        let moved = trainees.isEmpty ? "" : " \(trainees.joined(separator: ", ")) now \(trainees.count == 1 ? "has" : "have") \(reassignTo ?? "") as mentor."
        session.say("Removed \(name). Their records stay for review (`user restore \(name)` reopens the account).\(moved)")
    }
}
