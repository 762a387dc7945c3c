import ArgumentParser
import TrainerCore
import TrainerStore

struct UserEditCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", _superCommandName: CommandTable.name, abstract: "Change a trainee's mentor, track or start day (leads; logged).")
    static let access = Access.atLeast(.lead)
    static let completion = CompletionKind.user

    @Argument(help: "The trainee.") var name: String
    @Option(help: "The new mentor.") var mentor: String?
    @Option(help: "The new track (a folder of Curriculum/).") var track: String?
    @Option(help: "The new first day of the plan, YYYY-MM-DD.") var start: String?

    func run(in session: Session) throws {
        let me = try session.currentUser()
        guard let account = try session.store.account(named: name) else { throw try session.unknownAccount(name) }
        let day = try start.map { text in
            guard let day = Day(text) else { throw CommandFailure("--start `\(text)` is not a date like 2026-11-23") }
            return day
        }
        if let track, !session.curriculum.tracks.contains(track) {
            throw CommandFailure("no track `\(Suggestion.quoted(track))` in Curriculum/.\(Suggestion.hint(for: track, among: session.curriculum.tracks))")
        }
        let edit = AccountEdit(mentor: mentor, track: track, start: day)
        guard !edit.isEmpty else { throw CommandFailure("say what changes: --mentor M, --track T or --start DATE") }
        guard account.role == .trainee else { throw CommandFailure("\(account.name) is a \(account.role.rawValue): --mentor, --track and --start are for trainees") }
        try session.store.editAccount(named: account.name, edit, by: me, at: session.clock.now())
        let change = try session.store.accountChanges(for: account).last?.what ?? ""
        session.say("Changed \(account.name): \(change).")
    }
}

struct UserRestoreCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", _superCommandName: CommandTable.name, abstract: "Reopen a removed account with its history (leads; logged).")
    static let access = Access.atLeast(.lead)

    @Argument(help: "The removed account.") var name: String

    func run(in session: Session) throws {
        let account = try session.store.restoreAccount(named: name, by: try session.currentUser(), at: session.clock.now())
        session.say("Restored \(account.name) (\(account.role.rawValue)); they can log in again with their passphrase.")
    }
}

struct UserLogCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "log", _superCommandName: CommandTable.name, abstract: "An account's change log: edits and restores (leads).")
    static let access = Access.atLeast(.lead)
    static let completion = CompletionKind.user

    @Argument(help: "The account.") var name: String

    func run(in session: Session) throws {
        guard let account = try session.store.account(named: name, includingRemoved: true) else { throw try session.unknownAccount(name) }
        let changes = try session.store.accountChanges(for: account)
        session.say(changes.isEmpty ? "No changes logged for \(account.name)." : changes.map {
            "\(Format.time($0.at)) \($0.by): \($0.what)"
        }.joined(separator: "\n"))
    }
}
