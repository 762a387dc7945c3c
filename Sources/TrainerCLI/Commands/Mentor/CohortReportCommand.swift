import ArgumentParser
import Foundation
import TrainerCore
import TrainerStore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Printable reports.", subcommands: [CohortReportCommand.self])
}

struct CohortReportCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "cohort", abstract: "A printable cohort report: plan status, quiz trend, weak topics, role-plays.",
        discussion: """
            A mentor's report covers their trainees, a lead's everyone. HTML prints on A4 with the charts \
            as pictures readable in black and white; Markdown has the same figures as lists.
            """)
    static let access = Access.atLeast(.mentor)

    @Option(help: "md or html (default: from the --out file's extension, else md).") var format: SheetCommand.Format?
    @Option(help: "Write to this file (owner-only) instead of the screen.") var out: String?
    @Flag(help: "Replace the --out file if it exists.") var force = false

    func run(in session: Session) throws {
        let me = try session.currentUser()
        let target = try out.map { try SheetTarget(out: $0, format: format, force: force, environment: session.environment) }
        let trainees = try session.store.accounts(visibleTo: me).filter { $0.role == .trainee && $0.track != nil }
        let scores = try session.store.attempts(visibleTo: me, kinds: [.quiz]).compactMap { attempt -> (day: Day, score: Double)? in
            guard attempt.isSubmitted, let score = attempt.score, let finished = attempt.finishedAt else { return nil }
            return (Day(date: finished), score)
        }
        let rolePlays = try session.store.rolePlays(visibleTo: me).compactMap { play -> (score: Int, passed: Bool, graded: Bool)? in
            guard play.isFinished, let score = play.score else { return nil }
            return (score, play.passed ?? false, play.mentor != nil)
        }
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
            queue: Self.queueSection(for: trainees, in: session))
        let chosen: DocumentTemplates.Format = (target?.format ?? format) == .html ? .html : .md
        let text = try document.render(as: chosen)
        guard let target else {
            session.say(text)
            return
        }
        try OwnerOnlyFile.write(text, to: target.path)
        session.say("Wrote the cohort report for \(trainees.count) trainee\(trainees.count == 1 ? "" : "s") to \(target.path) (\(chosen.rawValue)).")
    }

    /// Hook for the sandbox ticket queue's KPIs (SLA kept, triage accuracy, replies returned):
    /// the sandbox branch fills this in; until then the report has no queue section.
    static func queueSection(for trainees: [Account], in session: Session) -> CohortDocument.QueueSection? { nil }
}

extension CohortReportCommand: RawOutput { var printsRawOutput: Bool { true } }
