import ArgumentParser
import Foundation
import TrainerCore
import TrainerStore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", _superCommandName: CommandTable.name, abstract: "Printable reports.", subcommands: [CohortReportCommand.self])
}

struct CohortReportCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "cohort", _superCommandName: CommandTable.name, abstract: "A printable cohort report: plans, quiz trend, weak topics, role-plays, queue.",
        discussion: """
            A mentor's report covers their trainees, a lead's everyone. HTML prints on A4 with the charts \
            as pictures readable in black and white; Markdown has the same figures as lists. The sandbox \
            queue section covers trainees with a finished shift: shifts, tickets, SLA met, median first \
            reply, resolved in time, triage right, first-contact resolution (FCR), tickets left open, \
            simulated CSAT and drafts the mentor returned.
            """)
    static let access = Access.atLeast(.mentor)

    @Option(help: "md or html (default: from the --out file's extension, else md).") var format: SheetCommand.Format?
    @Option(help: "Write to this file (owner-only) instead of the screen.") var out: String?
    @Flag(help: "Replace the --out file if it exists.") var force = false

    func run(in session: Session) throws {
        let me = try session.currentUser()
        let target = try out.map { try SheetTarget(out: $0, format: format, force: force, environment: session.environment) }
        let trainees = try session.store.accounts(visibleTo: me).filter { $0.role == .trainee && $0.track != nil }
        // Only the figures drawn: no attempt's answers, no role-play's script.
        let scores = try session.store.quizScores(visibleTo: me).map { (day: Day(date: $0.finishedAt), score: $0.score) }
        let rolePlays = try session.store.rolePlayScores(visibleTo: me)
        // The desk's set-based read: a fixed number of queries however many trainees there are.
        let activity = try session.store.traineeActivity(visibleTo: me)
        let keys = session.planKeys(of: trainees)
        let document = CohortDocument(
            title: me.role == .lead ? "Cohort report" : "Cohort report: \(me.name)'s trainees",
            subtitle: "Made on \(session.clock.today) by \(me.name) (\(me.role.rawValue)) for \(trainees.count) trainee\(trainees.count == 1 ? "" : "s").",
            trainees: try trainees.map { try TraineeSummary.make($0, activity: activity[$0.name] ?? TraineeActivity(), keys: keys, in: session) },
            trend: CohortFigures.trend(scores),
            topics: CohortFigures.topics(trainees.map { activity[$0.name]?.mastery ?? [] }),
            rolePlays: CohortFigures.rolePlays(scores: rolePlays),
            queue: try Self.queueSection(for: trainees, visibleTo: me, in: session))
        let chosen: DocumentTemplates.Format = (target?.format ?? format) == .html ? .html : .md
        let text = try document.render(as: chosen)
        guard let target else {
            session.say(text)
            return
        }
        try OwnerOnlyFile.write(text, to: target.path)
        session.say("Wrote the cohort report for \(trainees.count) trainee\(trainees.count == 1 ? "" : "s") to \(target.path) (\(chosen.rawValue)).")
    }

    /// The sandbox queue's figures per trainee (from the stored shift figures, in one set-based
    /// read); nil when none of them finished a shift.
    static func queueSection(for trainees: [Account], visibleTo me: Account, in session: Session) throws -> CohortDocument.QueueSection? {
        let records = try session.store.queueRecords(visibleTo: me)
        return CohortDocument.queueSection(trainees.compactMap { trainee in records[trainee.name].map { (trainee.name, $0) } })
    }
}

extension CohortReportCommand { var printsRawOutput: Bool { true } }
