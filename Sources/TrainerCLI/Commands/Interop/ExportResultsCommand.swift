import ArgumentParser
import Foundation
import TrainerCore
import TrainerStore

struct ExportResultsCommand: TrainerCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json, xapi }

    static let configuration = CommandConfiguration(
        commandName: "results", _superCommandName: CommandTable.name, abstract: "Export quiz, exam and role-play results as CSV, JSON or xAPI statements.",
        discussion: """
            Submitted attempts (each answer, then a summary row per attempt: the `row` column says which) \
            and finished role-plays that you may see: yours, a mentor's trainees', everyone's for a lead. \
            An exam's key and score stay out until its session is closed. xAPI gives one statement per \
            line for a learning record store. Files are created owner-only; the export streams, so it \
            works on any number of records.
            """)
    static let access = Access.signedIn
    static let completion = CompletionKind.user

    @Option(help: "csv, json or xapi.") var format: Format
    @Option(help: "Only records finished on or after this day (YYYY-MM-DD) or moment (ISO 8601).") var since: String?
    @Option(help: "Only this person's records.") var user: String?
    @Option(help: "Write to this file (owner-only) instead of the screen.") var out: String?
    @Flag(help: "Replace the --out file if it exists.") var force = false
    @Option(help: "xAPI: your organisation's home page, for accounts and activity ids.")
    var homePage = "https://trainer.invalid"

    func run(in session: Session) throws {
        let me = try session.currentUser()
        let filter = Store.ResultFilter(since: try since.map(Self.moment), user: try user.map { try session.visibleAccount(named: $0).name })
        var count = 0
        func export(to output: StreamedOutput) throws {
            switch format {
            case .csv: count = try stream(CSVResultWriter(output), visibleTo: me, filter: filter, in: session)
            case .json: count = try stream(JSONResultWriter(output), visibleTo: me, filter: filter, in: session)
            case .xapi: count = try stream(XAPIStatementWriter(output, homePage: homePage), visibleTo: me, filter: filter, in: session)
            }
            try output.flush()
        }
        guard let out else {
            try export(to: StreamedOutput { try session.out.write(utf8: $0) })
            return
        }
        let target = TypedPath(out, environment: session.environment)
        try target.requireFolder()
        if target.exists, !force { throw CommandFailure("\(target.path) already exists: add --force to replace it, or choose a new file name") }
        try OwnerOnlyFile.stream(to: target.path, export)
        session.say("Exported \(count) answer\(count == 1 ? "" : "s") as \(format.rawValue) to \(target.path).")
    }

    /// Runs the export through `writer`; returns the number of answers (rows per question) it held.
    private func stream(_ writer: some ResultWriter, visibleTo me: Account, filter: Store.ResultFilter, in session: Session) throws -> Int {
        var counting = CountingAnswers(writer: writer)
        try counting.writer.begin()
        try session.store.exportResults(visibleTo: me, filter: filter, to: &counting)
        try counting.writer.end()
        return counting.answers
    }

    /// `2026-11-23` (the start of that day, local time) or a full ISO 8601 moment.
    static func moment(_ text: String) throws -> Date {
        if let day = Day(text) { return day.date }
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        throw CommandFailure("--since takes a day (2026-11-23) or a moment (2026-11-23T09:00:00Z), not `\(text)`")
    }
}

extension ExportResultsCommand { var printsRawOutput: Bool { out == nil } }

/// Passes records on to a writer, counting answers for the closing line.
private struct CountingAnswers<Writer: ResultWriter>: ResultVisitor {
    var writer: Writer
    var answers = 0

    mutating func attemptBegins(_ attempt: ExportedAttempt) throws { try writer.attemptBegins(attempt) }
    mutating func answer(_ answer: AnswerBytes) throws { try writer.answer(answer) }
    mutating func attemptEnds(_ attempt: ExportedAttempt) throws {
        answers += attempt.questions
        try writer.attemptEnds(attempt)
    }
    mutating func rolePlay(_ play: ExportedRolePlay) throws { try writer.rolePlay(play) }
}
