import ArgumentParser
import Foundation
import TrainerCore
import TrainerStore

/// `queue`: practice shifts in the sandbox ticket queue on a simulated clock.
struct QueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue", _superCommandName: CommandTable.name, abstract: "Practice shifts in a sandbox ticket queue on a simulated clock, graded on triage, SLA and replies.",
        subcommands: [
            QueueListCommand.self, QueueStartCommand.self, QueueOpenCommand.self, QueueTagCommand.self, QueuePriorityCommand.self,
            QueueReplyCommand.self, QueueAskCommand.self, QueueEscalateCommand.self, QueueNoteCommand.self, QueueFollowUpCommand.self,
            QueueCloseCommand.self, QueueWaitCommand.self, QueueEndCommand.self, QueueReportCommand.self, QueueSuperviseCommand.self,
        ],
        defaultSubcommand: QueueListCommand.self)
}

struct QueueStartCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "start", _superCommandName: CommandTable.name, abstract: "Start a shift: tickets arrive on a simulated clock, the same ones for the same seed.",
        discussion: """
            Without --minutes the shift is as long as the next `queue:` item of your plan (else 60). One ticket \
            arrives for every ten minutes; every action costs simulated minutes (open, tag, priority, note, close 1; \
            ask and follow-up 2; escalate 3; reply 4) and `queue wait M` lets time pass. A supervised shift (the plan \
            item says `supervised: true`, or your mentor set it) turns your messages into drafts for your mentor.
            """)
    static let access = Access.signedIn

    @Option(help: "Simulated minutes of the shift.") var minutes: Int?
    @Option(help: "The seed: the same seed gives the same tickets at the same minutes.") var seed: UInt64?

    func run(in session: Session) throws {
        let user = try session.currentUser()
        let templates = session.curriculum.tickets
        guard !templates.isEmpty else { throw CommandFailure("no ticket templates in Curriculum/tickets/: nothing to practise on yet") }
        let item = user.role == .trainee ? (try? session.progress(of: user))?.progress.nextQueueItem : nil
        let length = minutes ?? item?.item.queueMinutes ?? 60
        guard (1...100_000).contains(length) else { throw CommandFailure("--minutes takes 1 to 100000") }
        let seed = seed ?? UInt64(max(0, session.clock.now().timeIntervalSince1970.rounded()))
        let plan = ShiftPlan.make(templates: templates, minutes: length, seed: seed)
        let used = Set(plan.arrivals.map(\.template))
        let supervised = try session.store.supervision(of: user) ?? (item?.item.supervised == true)
        let id = try session.store.startShift(for: user, plan: plan, templates: templates.filter { used.contains($0.id) },
                                              policy: session.curriculum.sla, supervised: supervised, at: session.clock.now())
        session.say("Shift \(id) started: \(length) simulated minutes from \(BusinessCalendar.label(plan.start)), "
            + "\(plan.arrivals.count) tickets, seed \(seed)\(supervised ? ", supervised: your messages go to your mentor as drafts" : "").")
        try QueueListCommand.list(json: false, in: session)
    }
}

struct QueueListCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", _superCommandName: CommandTable.name, abstract: "The open tickets in the order to work them (priority, then time to breach).",
        discussion: """
            due in: simulated minutes to the ticket's next breach (first response, then resolution) by the \
            priority you set; an untriaged ticket counts as P3, so set priorities first. JSON: clock (minutes \
            since the shift started) and tickets [{id, subject, channel, priority_set, due_in_min}].
            """)
    static let access = Access.signedIn

    @Flag(help: "Print JSON.") var json = false

    struct Document: Encodable {
        struct Ticket: Encodable {
            var id: String
            var subject: String
            var channel: String
            @NullWhenAbsent var prioritySet: String?
            @NullWhenAbsent var dueInMin: Int?

            enum CodingKeys: String, CodingKey { case id, subject, channel, prioritySet = "priority_set", dueInMin = "due_in_min" }
        }
        var clock: Int
        var tickets: [Ticket]
    }

    func run(in session: Session) throws { try Self.list(json: json, in: session) }

    static func list(json: Bool, in session: Session) throws {
        let (_, stored) = try session.runningShift()
        let shift = stored.shift
        let rows = QueueOrder.rows(shift)
        if json {
            return session.say(try JSONOutput.render(Document(clock: shift.elapsed, tickets: rows.map {
                Document.Ticket(id: "T\($0.ticket)", subject: $0.subject, channel: $0.channel.rawValue,
                                prioritySet: $0.prioritySet?.rawValue, dueInMin: $0.dueIn)
            })))
        }
        session.say(QueueView.list(shift, style: session.style, width: session.columns))
    }
}

struct QueueOpenCommand: TrainerCommand {
    static let configuration = CommandConfiguration(commandName: "open", _superCommandName: CommandTable.name, abstract: "Read a ticket: the customer, the conversation, its clock (1 min).")
    static let access = Access.signedIn
    static let completion = CompletionKind.ticket

    @Argument(help: "The ticket (T3 or 3).") var ticket: String

    func run(in session: Session) throws {
        let shift = try session.perform { .open(ticket: try session.ticketNumber(ticket, in: $0)) }
        guard let number = try? session.ticketNumber(ticket, in: shift), let state = shift.ticket(number) else { return }
        session.say(QueueView.ticket(state, shift: shift, style: session.style))
    }
}

struct QueueWaitCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "wait", _superCommandName: CommandTable.name, abstract: "Let simulated minutes pass (customers answer, silence counts, clocks run).")
    static let access = Access.signedIn

    @Argument(help: "Minutes (1d, 4h and 30m work too: a day is 24 hours here).") var minutes: String

    func run(in session: Session) throws {
        guard let amount = Self.minutes(minutes), amount > 0 else { throw CommandFailure("wait takes minutes (30) or a length like 4h or 2d") }
        try session.perform { _ in .wait(minutes: amount) }
    }

    static func minutes(_ text: String) -> Int? {
        if let plain = Int(text) { return plain }
        guard let duration = SLADuration(text: text) else { return nil }
        return duration.minutes + duration.days * BusinessCalendar.minutesPerDay
    }
}

struct QueueEndCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "end", _superCommandName: CommandTable.name, abstract: "End the shift: the clock runs to its end, every ticket is graded, the report shows.")
    static let access = Access.signedIn

    func run(in session: Session) throws {
        let (user, stored) = try session.runningShift()
        var shift = stored.shift
        let left = stored.plan.end - shift.clock
        if left > 0 {
            try session.store.recordShiftAction(stored.id, .wait(minutes: left), by: user, at: session.clock.now())
            _ = shift.apply(.wait(minutes: left))
            shift.advance(to: shift.clock)
        }
        let kpis = ShiftKPIs(shift)
        let milestone = user.role == .trainee ? (try? session.progress(of: user))?.progress.queueMilestone(minutes: shift.elapsed) : nil
        try session.store.finishShift(stored.id, report: kpis, milestone: milestone?.key, at: session.clock.now())
        session.say("Shift \(stored.id) ended at \(BusinessCalendar.label(shift.clock)) after \(shift.elapsed) simulated minutes.")
        var finished = stored
        finished.finishedAt = session.clock.now()
        session.say(QueueView.report(finished, kpis, style: session.style, table: session.table))
        if let milestone { session.say("Ticked \(milestone.key) in \(user.name)'s plan.") }
    }
}
