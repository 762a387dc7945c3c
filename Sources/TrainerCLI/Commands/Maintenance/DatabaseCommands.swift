import ArgumentParser
import Foundation
import TrainerCore
import TrainerStore

struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db", abstract: "Check or back up the database.",
        subcommands: [DatabaseCheckCommand.self, DatabaseBackupCommand.self])
}

struct DatabaseCheckCommand: TrainerCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Run SQLite's integrity check (leads).")
    static let access = Access.atLeast(.lead)
    static let runsOnBrokenContent = true

    func run(in session: Session) throws {
        let problems = try session.store.integrityCheck()
        let migrations = try session.store.appliedMigrations()
        guard problems == ["ok"] else {
            problems.forEach { session.say($0) }
            throw CommandFailure("the database failed its integrity check: restore the latest `db backup`")
        }
        session.say("Database OK (\(session.store.path ?? "in memory"), schema \(migrations.last ?? "empty")).")
    }
}

struct DatabaseBackupCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Copy the database to FILE while others keep working (leads).")
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
