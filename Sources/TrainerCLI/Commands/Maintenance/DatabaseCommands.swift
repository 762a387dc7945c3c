import ArgumentParser
import Foundation
import TrainerCore
import TrainerStore

struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db", _superCommandName: CommandTable.name, abstract: "Check or back up the database.",
        subcommands: [DatabaseCheckCommand.self, DatabaseBackupCommand.self])
}

struct DatabaseCheckCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", _superCommandName: CommandTable.name, abstract: "Run SQLite's integrity check; needs no login, and never writes to the file.")
    static let access = Access.anyone
    static let runsOnBrokenContent = true

    func run(in session: Session) throws {
        guard let path = session.store.path else {
            session.say("Database OK (in memory).")
            return
        }
        if Self.report(Store.health(ofFileAt: path), path: path, out: session.out) != 0 {
            throw CommandFailure("the database failed its integrity check")
        }
    }

    /// Prints the verdict; returns the exit status.
    static func report(_ health: DatabaseHealth, path: String, out: any TextStream) -> Int32 {
        guard health.isHealthy else {
            health.problems.prefix(20).forEach { out.write(InertText.visible($0) + "\n") }
            out.write("error: \(path) is damaged: restore the latest `db backup` (nothing was written to it)\n")
            return 1
        }
        out.write("Database OK (\(path), schema version \(health.schemaVersion)).\n")
        return 0
    }
}

struct DatabaseBackupCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", _superCommandName: CommandTable.name, abstract: "Copy the database to FILE while others keep working (leads).")
    static let access = Access.atLeast(.lead)
    static let completion = CompletionKind.file
    static let runsOnBrokenContent = true

    @Argument(help: "A new file for the copy.") var file: String

    func run(in session: Session) throws {
        let target = TypedPath(file, environment: session.environment)
        try target.requireFolder()
        try session.store.backup(to: target.path)
        session.say("Backed up to \(target.path).")
    }
}
