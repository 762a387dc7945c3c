import Foundation
import ArgumentParser
import TrainerCore
import TrainerStore

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", _superCommandName: CommandTable.name, abstract: "See or adjust an adaptation plan.",
        subcommands: [PlanShowCommand.self, PlanStartCommand.self, PlanShiftCommand.self, PlanAddCommand.self,
                      PlanPauseCommand.self, PlanResumeCommand.self],
        defaultSubcommand: PlanShowCommand.self)
}

struct PlanShowCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", _superCommandName: CommandTable.name, abstract: "Every day of a plan with progress bars and the status (`plan [NAME]`).")
    static let access = Access.signedIn
    static let completion = CompletionKind.user

    @Argument(help: "A trainee (mentors and leads).") var name: String?
    @Option(help: "List one day's items with their keys, times and state.") var day: Int?
    @Flag(help: "Print JSON.") var json = false

    struct Row: Encodable {
        struct DayRow: Encodable {
            struct ItemRow: Encodable {
                var key: String
                var shortcut: String
                var kind: String
                var ref: String
                var state: String
            }
            var day: Int
            var date: String
            var title: String
            var items: [ItemRow]
        }
        var user: String
        var track: String
        var start: String
        var dayToday: Int
        var status: String
        var days: [DayRow]

        enum CodingKeys: String, CodingKey { case user, track, start, dayToday = "day_today", status, days }
    }

    func run(in session: Session) throws {
        let trainee = try session.trainee(named: name)
        let (plan, progress) = try session.progress(of: trainee)
        if let day {
            guard let found = progress.days.first(where: { $0.day == day }) else {
                throw CommandFailure("\(trainee.name)'s plan has days 1–\(progress.days.count), not \(day)")
            }
            return PlanDayView.show(found, of: progress, plan: plan, trainee: trainee, json: json, in: session)
        }
        if json {
            session.say(try JSONOutput.render(Row(
                user: trainee.name, track: plan.track, start: (trainee.start ?? session.clock.today).description,
                dayToday: progress.dayToday, status: progress.status.rawValue,
                days: progress.days.map { day in
                    .init(day: day.day, date: day.date.description, title: day.title, items: day.items.map {
                        .init(key: $0.key, shortcut: $0.shortcut, kind: $0.item.kind.rawValue, ref: $0.item.ref, state: $0.state.rawValue)
                    })
                })))
            return
        }
        let style = session.style
        session.say("\(style.bold(trainee.name)) · \(plan.title) · started \(trainee.start?.description ?? "today") · day \(min(progress.dayToday, progress.days.count)) of \(progress.days.count) · \(PlanView.status(progress.status, style: style))")
        session.say("Overall   \(PlanView.bar(progress.fractionDone, style: style))  (\(progress.completed) of \(progress.total) items)")
        for day in progress.days {
            let marker = day.day == progress.dayToday ? style.bold("▶") : " "
            let fraction = day.items.isEmpty ? 1 : Double(day.completed) / Double(day.items.count)
            session.say("\(marker) Day \(PlanView.padded(String(day.day), to: 3)) \(day.date)  \(PlanView.bar(fraction, width: 10, style: style))  \(day.title)")
        }
        let changes = try session.store.planChanges(for: trainee)
        if !changes.isEmpty {
            session.say(style.bold("Changes:"))
            for change in changes { session.say("  \(change.day) \(describe(change)) — \(change.by): \(InertText.visible(change.why))") }
        }
    }

    private func describe(_ change: PlanChange) -> String {
        switch change.kind {
        case .shift: "shifted by \(change.days) working day\(abs(change.days) == 1 ? "" : "s")"
        case .pause: "paused"
        case .resume: "resumed"
        case .add: "added \(change.item.map { "\($0.kind.rawValue): \(InertText.visible($0.ref))" } ?? "an item") on day \(change.planDay ?? 0)"
        case .start: "plan starts on \(change.day)"
        case .untick: "took back the tick of \(change.itemKey ?? "an item")"
        }
    }
}

struct PlanStartCommand: TrainerCommand {
    static let configuration = CommandConfiguration(commandName: "start", _superCommandName: CommandTable.name, abstract: "Set the date a trainee's plan starts.")
    static let access = Access.atLeast(.mentor)
    static let completion = CompletionKind.user

    @Argument(help: "The trainee.") var name: String
    @Argument(help: "YYYY-MM-DD") var date: String
    @Option(help: "Why (kept in the change log).") var why = "plan start set"
    @Flag(help: "Restart a plan that is already under way without asking.") var force = false

    func run(in session: Session) throws {
        let trainee = try session.trainee(named: name)
        let author = try session.requireMentorOrLead(of: trainee)
        guard let day = Day(date) else { throw CommandFailure("`\(date)` is not a date like 2026-11-23") }
        let underWay = try trainee.start.map { $0 <= session.clock.today } ?? false
            && session.progress(of: trainee).progress.completed > 0
        if underWay && !force {
            guard session.input.isInteractive else {
                throw CommandFailure("\(trainee.name)'s plan is under way (started \(trainee.start?.description ?? "?")): add --force to move its start")
            }
            guard case .line(let answer) = session.input.readLine(
                prompt: "\(trainee.name)'s plan is under way since \(trainee.start?.description ?? "?"). Move its start to \(day)? [y/N] ",
                remember: false), answer.lowercased().hasPrefix("y") else {
                session.say("Left the plan as it was.")
                return
            }
        }
        try session.store.setStart(of: trainee, to: day, by: author, why: why, at: session.clock.now())
        session.say("\(trainee.name)'s plan starts on \(day).")
    }
}

/// The shared shape of plan changes: who, why, recorded with the author.
protocol PlanChangeCommand: TrainerCommand {
    var name: String { get }
    var why: String { get }
    func change(for trainee: Account, in session: Session) throws -> PlanChange
}

extension PlanChangeCommand {
    static var access: Access { .atLeast(.mentor) }
    static var completion: CompletionKind { .user }

    func run(in session: Session) throws {
        let trainee = try session.trainee(named: name)
        let author = try session.requireMentorOrLead(of: trainee)
        guard !why.trimmingCharacters(in: .whitespaces).isEmpty else { throw CommandFailure("say why with --why \"...\": the change log keeps it") }
        let change = try change(for: trainee, in: session)
        try session.store.recordPlanChange(change, for: trainee, by: author, at: session.clock.now())
        let (_, progress) = try session.progress(of: trainee)
        session.say("Recorded. \(trainee.name) is on day \(progress.dayToday) of \(progress.days.count), \(progress.status.rawValue).")
    }
}

struct PlanShiftCommand: PlanChangeCommand {
    static let configuration = CommandConfiguration(commandName: "shift", _superCommandName: CommandTable.name, abstract: "Move the rest of a plan by N working days.")
    @Argument(help: "The trainee.") var name: String
    @Option(help: "Working days; negative moves it earlier.") var days: Int
    @Option(help: "Why (kept in the change log).") var why: String

    func change(for trainee: Account, in session: Session) throws -> PlanChange {
        guard days != 0 else { throw CommandFailure("--days 0 changes nothing") }
        guard abs(days) <= 260 else { throw CommandFailure("--days takes up to 260 working days (a year) either way") }
        return PlanChange(id: 0, kind: .shift, day: session.clock.today, days: days, why: why, by: "")
    }
}

struct PlanAddCommand: PlanChangeCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", _superCommandName: CommandTable.name, abstract: "Add a remedial item to a plan day (quiz:TOPIC, lesson:ID, roleplay:SCENARIO, queue:MINUTES, exam:EXAM, task:TEXT).")
    @Argument(help: "The trainee.") var name: String
    @Option(help: "The plan day.") var day: Int
    @Argument(help: "quiz:triage, lesson:triage, roleplay:SCENARIO, or task:\"Call back a customer with your mentor\"") var item: String
    @Option(help: "Why (kept in the change log).") var why: String

    func change(for trainee: Account, in session: Session) throws -> PlanChange {
        guard let parsed = PlanItem.parse(item), PlanItem.addable.contains(parsed.kind) else {
            throw CommandFailure("`\(item)` is not an item trainer can track: use quiz:TOPIC, lesson:ID, roleplay:SCENARIO, queue:MINUTES, exam:EXAM, meeting:mentor or task:TEXT")
        }
        if parsed.kind == .meeting, parsed.ref != "mentor" { throw CommandFailure("a meeting item is `meeting:mentor`") }
        let (plan, _) = try session.progress(of: trainee)
        guard plan.days.contains(where: { $0.day == day }) else { throw CommandFailure("the plan has days 1–\(plan.days.count), not \(day)") }
        switch parsed.kind {
        case .quiz where session.curriculum.bank(parsed.ref) == nil:
            throw CommandFailure("no topic `\(Suggestion.quoted(parsed.ref))`.\(Suggestion.hint(for: item, among: session.curriculum.topics.map { "quiz:\($0)" }))")
        case .exam where session.curriculum.exam(parsed.ref) == nil:
            throw CommandFailure("no exam `\(Suggestion.quoted(parsed.ref))`.\(Suggestion.hint(for: item, among: session.curriculum.exams.map { "exam:\($0.id)" }))")
        case .lesson where session.curriculum.lesson(parsed.ref, inTrack: plan.track) == nil:
            let ids = session.curriculum.lessons.filter { $0.track == plan.track }.map(\.id)
            throw CommandFailure("no lesson `\(Suggestion.quoted(parsed.ref))`.\(Suggestion.hint(for: item, among: ids.map { "lesson:\($0)" }))")
        case .queue where (Int(parsed.ref) ?? 0) <= 0:
            throw CommandFailure("a queue item is `queue:MINUTES` (a shift of that many simulated minutes), not `\(Suggestion.quoted(item))`")
        case .roleplay where session.curriculum.scenario(parsed.ref) == nil:
            throw CommandFailure("no scenario `\(Suggestion.quoted(parsed.ref))`.\(Suggestion.hint(for: item, among: session.curriculum.scenarios.map { "roleplay:\($0.id)" }))")
        default: break
        }
        return PlanChange(id: 0, kind: .add, day: session.clock.today, planDay: day, item: parsed, why: why, by: "")
    }
}

struct PlanPauseCommand: PlanChangeCommand {
    static let configuration = CommandConfiguration(commandName: "pause", _superCommandName: CommandTable.name, abstract: "Pause a plan (illness, leave); resume moves it on.")
    @Argument(help: "The trainee.") var name: String
    @Option(help: "Why (kept in the change log).") var why: String

    func change(for trainee: Account, in session: Session) throws -> PlanChange {
        if try session.progress(of: trainee).progress.status == .paused { throw CommandFailure("\(trainee.name)'s plan is already paused") }
        return PlanChange(id: 0, kind: .pause, day: session.clock.today, why: why, by: "")
    }
}

struct PlanResumeCommand: PlanChangeCommand {
    static let configuration = CommandConfiguration(commandName: "resume", _superCommandName: CommandTable.name, abstract: "Resume a paused plan from today.")
    @Argument(help: "The trainee.") var name: String
    @Option(help: "Why (kept in the change log).") var why: String = "back at work"

    func change(for trainee: Account, in session: Session) throws -> PlanChange {
        if try session.progress(of: trainee).progress.status != .paused { throw CommandFailure("\(trainee.name)'s plan is not paused") }
        return PlanChange(id: 0, kind: .resume, day: session.clock.today, why: why, by: "")
    }
}
