import ArgumentParser
import Foundation
import TrainerCore
import TrainerStore

struct SheetCommand: TrainerCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case md, html }

    static let configuration = CommandConfiguration(
        commandName: "sheet", _superCommandName: CommandTable.name, abstract: "The question sheet for a trainee's next mentor meeting.",
        discussion: """
            Questions come from the material covered since the last meeting, weighted towards the trainee's \
            mistakes; the mentor's copy has the answer key. A trainee gets their own copy without the key.
            """)
    static let access = Access.signedIn
    static let completion = CompletionKind.user

    @Argument(help: "The trainee.") var name: String?
    @Option(help: "Which meeting (default: the next one).") var meeting: Int?
    @Option(help: "md or html (default: from the --out file's extension, else md).") var format: Format?
    @Option(help: "Write to this file instead of the screen.") var out: String?
    @Flag(help: "Replace the --out file if it exists.") var force = false
    @Flag(help: "The trainee's copy: no answer key.") var traineeCopy = false

    func run(in session: Session) throws {
        let me = try session.currentUser()
        if name == nil && me.role != .trainee { throw CommandFailure("name the trainee: `sheet NAME`") }
        let trainee = try session.trainee(named: name)
        let (_, progress) = try session.progress(of: trainee)
        let meetings = try session.store.meetings(for: trainee)
        let number = meeting ?? meetings.count + 1
        guard number >= 1 else { throw CommandFailure("--meeting counts from 1") }
        let planned = progress.days.flatMap(\.items).filter { $0.item.kind == .meeting }.count
        if let meeting, meeting > max(planned, meetings.count + 1) {
            throw CommandFailure("\(trainee.name)'s plan has \(planned) meeting\(planned == 1 ? "" : "s") and \(meetings.count) logged: --meeting \(meeting) is beyond it")
        }
        let target = try out.map { try SheetTarget(out: $0, format: format, force: force, environment: session.environment) }
        let since = number >= 2 && number - 2 < meetings.count ? Day(date: meetings[number - 2].at) : nil
        let sheet = MeetingSheet.build(
            trainee: trainee, meetingNumber: number, progress: progress, curriculum: session.curriculum,
            mastery: try session.store.mastery(of: trainee), lastMissed: try session.store.lastMisses(of: trainee),
            reviewQueue: try session.store.reviewQueueQuestionIDs(for: trainee), since: since, today: session.clock.today)
        let document = SheetDocument(sheet: sheet, curriculum: session.curriculum, track: trainee.track ?? "", forMentor: me.role != .trainee && !traineeCopy)
        let text = (target?.format ?? format) == .html ? document.html() : document.markdown()
        guard let target else {
            session.say(text)
            return
        }
        try OwnerOnlyFile.write(text, to: target.path)
        session.say("Wrote the sheet for meeting \(number) with \(trainee.name) to \(target.path) (\(target.format.rawValue)).")
    }
}

struct MeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "meeting", _superCommandName: CommandTable.name, abstract: "Mentor meetings.", subcommands: [MeetingLogCommand.self])
}

struct MeetingLogCommand: TrainerCommand {
    enum Outcome: String, ExpressibleByArgument, CaseIterable { case ok, concern }

    static let configuration = CommandConfiguration(
        commandName: "log", _superCommandName: CommandTable.name, abstract: "Record how a meeting went; ticks the plan's meeting item.")
    static let access = Access.atLeast(.mentor)
    static let completion = CompletionKind.user

    @Argument(help: "The trainee.") var name: String
    @Option(help: "What was discussed and agreed.") var notes: String
    @Option(help: "ok or concern.") var outcome: Outcome = .ok
    @Option(help: "The plan's meeting item it was held for (default: the earliest open one).") var item: String?

    func run(in session: Session) throws {
        let trainee = try session.trainee(named: name)
        let mentor = try session.requireMentorOrLead(of: trainee)
        guard !notes.trimmingCharacters(in: .whitespaces).isEmpty else { throw CommandFailure("--notes cannot be empty") }
        let progress = try? session.progress(of: trainee).progress
        let held: PlanProgress.Item?
        if let item {
            guard let found = progress?.item(named: item), found.item.kind == .meeting else {
                throw CommandFailure("no meeting item `\(item)` in \(trainee.name)'s plan (see `plan \(trainee.name)`)")
            }
            held = found
        } else {
            held = progress?.nextMeeting
        }
        let number = try session.store.logMeeting(for: trainee, mentor: mentor, item: held?.key, notes: notes,
                                                  outcome: outcome.rawValue, at: session.clock.now())
        session.say("Logged meeting \(number) with \(trainee.name) (\(outcome.rawValue))" + (held.map { ", ticking \($0.shortcut)." } ?? "."))
    }
}
