import ArgumentParser
import Foundation
import TrainerCore
import TrainerStore

struct QueueReportCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", _superCommandName: CommandTable.name, abstract: "The last finished shift graded ticket by ticket, its figures and the trend over shifts.",
        discussion: """
            Per ticket: triage (segment and priority), SLA (first response and resolution in the customer's \
            business hours), escalation, closing, the customer's rating and every miss. Figures: median first \
            response, SLA met, triage accuracy, first-contact resolution (FCR), tickets closed and simulated CSAT \
            (the share of ratings of 4 or 5). Mentors see their trainees' reports, leads everyone's.
            """)
    static let access = Access.signedIn
    static let completion = CompletionKind.user

    @Argument(help: "Whose (a mentor or lead may name a trainee; default: yours).") var name: String?
    @Flag(help: "Print JSON.") var json = false

    /// The figures of one shift, as the issue names them; the report and each trend point carry them flat.
    struct Figures: Encodable {
        var shift: Int64
        var tickets: Int
        @NullWhenAbsent var firstResponseMedianMin: Double?
        var slaMetShare: Double
        var triageAccuracy: Double
        var fcrShare: Double
        var closed: Int
        @NullWhenAbsent var csat: Double?

        init(_ shift: Int64, _ k: ShiftKPIs) {
            self.shift = shift
            tickets = k.tickets
            firstResponseMedianMin = k.firstResponseMedian
            slaMetShare = k.slaMetShare
            triageAccuracy = k.triageAccuracy
            fcrShare = k.fcrShare
            closed = k.closed
            csat = k.csat
        }

        enum CodingKeys: String, CodingKey {
            case shift, tickets, closed, csat
            case firstResponseMedianMin = "first_response_median_min", slaMetShare = "sla_met_share"
            case triageAccuracy = "triage_accuracy", fcrShare = "fcr_share"
        }
    }

    struct Point: Encodable {
        var figures: Figures
        var at: String

        func encode(to encoder: any Encoder) throws {
            try figures.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(at, forKey: .at)
        }

        enum CodingKeys: String, CodingKey { case at }
    }

    struct Document: Encodable {
        struct Miss: Encodable {
            var ticket: String
            var what: String
        }
        var figures: Figures
        var misses: [Miss]
        var trend: [Point]

        func encode(to encoder: any Encoder) throws {
            try figures.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(misses, forKey: .misses)
            try container.encode(trend, forKey: .trend)
        }

        enum CodingKeys: String, CodingKey { case misses, trend }
    }

    func run(in session: Session) throws {
        let me = try session.currentUser()
        let owner = try session.visibleAccount(named: name)
        let shifts = try session.store.finishedShifts(visibleTo: me, of: owner.name).filter { $0.report != nil }
        guard let last = shifts.last, let kpis = last.report else {
            if json { throw CommandFailure("\(owner.name) has no finished shift yet") }
            return session.say("\(owner.id == me.id ? "You have" : "\(owner.name) has") no finished shift yet. `queue start` begins one.")
        }
        let trend = shifts.compactMap { s in s.report.map { Point(figures: Figures(s.id, $0), at: Format.iso(s.finishedAt ?? s.startedAt)) } }
        if json {
            return session.say(try JSONOutput.render(Document(
                figures: Figures(last.id, kpis), misses: kpis.misses.map { Document.Miss(ticket: "T\($0.ticket)", what: $0.what) }, trend: trend)))
        }
        session.say(QueueView.report(last, kpis, style: session.style, table: session.table))
        guard shifts.count > 1 else { return }
        session.say()
        session.say(session.style.bold("Trend"))
        session.say(session.table(["shift", "ended", "tickets", "first resp.", "SLA met", "triage", "FCR", "closed", "CSAT"], shifts.compactMap { s in
            s.report.map { k in
                [String(s.id), Format.time(s.finishedAt ?? s.startedAt), String(k.tickets),
                 k.firstResponseMedian.map { "\(QueueView.number($0)) min" } ?? "–", ReviewView.percent(k.slaMetShare),
                 ReviewView.percent(k.triageAccuracy), ReviewView.percent(k.fcrShare), String(k.closed), k.csat.map(ReviewView.percent) ?? "–"]
            }
        }))
    }
}

struct QueueSuperviseCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "supervise", _superCommandName: CommandTable.name, abstract: "Turn supervised mode on or off for a trainee: their messages become drafts for you.")
    static let access = Access.atLeast(.mentor)
    static let completion = CompletionKind.user

    @Argument(help: "The trainee.") var name: String
    @Argument(help: "on or off.") var state: String

    func run(in session: Session) throws {
        guard ["on", "off"].contains(state.lowercased()) else { throw CommandFailure("supervise takes `on` or `off`, not `\(Suggestion.quoted(state))`") }
        let trainee = try session.trainee(named: name)
        let me = try session.requireMentorOrLead(of: trainee)
        let on = state.lowercased() == "on"
        try session.store.setSupervision(of: trainee, supervised: on, by: me, at: session.clock.now())
        session.say(on
            ? "\(trainee.name)'s sandbox messages now go to you as drafts: `drafts \(trainee.name)`, `approve DRAFT`, `return DRAFT --comment ...`."
            : "\(trainee.name)'s sandbox messages now reach the simulated customer at once.")
    }
}

struct DraftsCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "drafts", _superCommandName: CommandTable.name, abstract: "Sandbox drafts waiting for your approval, with the customer's message they answer.")
    static let access = Access.atLeast(.mentor)
    static let completion = CompletionKind.user

    @Argument(help: "Only this trainee's.") var name: String?

    func run(in session: Session) throws {
        let me = try session.currentUser()
        if let name { _ = try session.visibleAccount(named: name) }
        let drafts = try session.store.waitingDrafts(visibleTo: me, of: name)
        guard !drafts.isEmpty else { return session.say("No drafts waiting.") }
        var shifts: [Int64: Shift] = [:]
        for draft in drafts {
            if shifts[draft.shift] == nil, let account = try session.store.account(named: draft.user),
               let stored = try session.store.openShift(of: account) {
                shifts[draft.shift] = stored.shift
            }
            let ticket = shifts[draft.shift]?.ticket(draft.ticket)
            session.say(session.style.bold("Draft \(draft.id) · \(draft.user) · T\(draft.ticket)")
                + (ticket.map { " · \(InertText.visible($0.subject))" } ?? ""))
            if let said = ticket?.conversation.last(where: { $0.speaker == .customer }) {
                session.say("  \(ticket?.template.customer.name ?? "customer"): "
                    + InertText.visible(said.text.trimmingCharacters(in: .whitespacesAndNewlines), keepsLineBreaks: true).replacingOccurrences(of: "\n", with: "\n    "))
            }
            session.say("  draft: " + InertText.visible(draft.text, keepsLineBreaks: true).replacingOccurrences(of: "\n", with: "\n    "))
        }
        session.say(session.style.dim("`approve DRAFT` sends it; `return DRAFT --comment \"...\"` sends it back to the trainee."))
    }
}

struct ApproveCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve", _superCommandName: CommandTable.name, abstract: "Approve a trainee's sandbox draft: the simulated customer receives it now.")
    static let access = Access.atLeast(.mentor)

    @Argument(help: "The draft's number (from `drafts`).") var draft: Int64

    func run(in session: Session) throws {
        let decided = try session.store.decideDraft(draft, approve: true, comment: nil, by: try session.currentUser(), at: session.clock.now())
        session.say("Approved draft \(draft) of \(decided.user): T\(decided.ticket)'s customer receives it at the shift's clock.")
    }
}

struct ReturnCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "return", _superCommandName: CommandTable.name, abstract: "Return a trainee's sandbox draft with a comment; the customer never receives it.")
    static let access = Access.atLeast(.mentor)

    @Argument(help: "The draft's number (from `drafts`).") var draft: Int64
    @Option(help: "What to change.") var comment: String

    func run(in session: Session) throws {
        guard !comment.trimmingCharacters(in: .whitespaces).isEmpty else { throw CommandFailure("--comment needs a few words for the trainee") }
        let decided = try session.store.decideDraft(draft, approve: false, comment: comment, by: try session.currentUser(), at: session.clock.now())
        session.say("Returned draft \(draft) to \(decided.user) with your comment; they see it in `queue open T\(decided.ticket)`.")
    }
}
