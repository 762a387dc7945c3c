import Foundation
import ArgumentParser
import TrainerCore
import TrainerStore

/// A word among fixed ones (`bug`, `engineering`), with a "did you mean" and the list when it is none.
func choice<T: RawRepresentable & CaseIterable>(_ word: String, as type: T.Type, what: String) throws -> T where T.RawValue == String {
    if let value = T(rawValue: word.lowercased()) { return value }
    let all = T.allCases.map(\.rawValue)
    throw CommandFailure("no \(what) `\(Suggestion.quoted(word))`.\(Suggestion.hint(for: word, among: all)) Choose from: \(all.joined(separator: ", "))")
}

struct QueueTagCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag", _superCommandName: CommandTable.name, abstract: "Set a ticket's segment: bug, feature-request, how-to, billing, sales, marketing (1 min).")
    static let access = Access.signedIn
    static let completion = CompletionKind.ticket

    @Argument(help: "The ticket.") var ticket: String
    @Argument(help: "The segment.") var segment: String

    func run(in session: Session) throws {
        let value = try choice(segment, as: TicketTemplate.Segment.self, what: "segment")
        try session.perform { .tag(ticket: try session.ticketNumber(ticket, in: $0), segment: value) }
    }
}

struct QueuePriorityCommand: TrainerCommand {
    static let configuration = CommandConfiguration(commandName: "priority", _superCommandName: CommandTable.name, abstract: "Set a ticket's priority, P1 to P4 (1 min).")
    static let access = Access.signedIn
    static let completion = CompletionKind.ticket

    @Argument(help: "The ticket.") var ticket: String
    @Argument(help: "P1, P2, P3 or P4.") var priority: String

    func run(in session: Session) throws {
        guard let value = Priority(word: priority) else { throw CommandFailure("a priority is P1, P2, P3 or P4, not `\(Suggestion.quoted(priority))`") }
        try session.perform { .priority(ticket: try session.ticketNumber(ticket, in: $0), priority: value) }
    }
}

/// Reply, ask and follow-up: a message to the customer, a draft for the mentor in a supervised shift.
protocol QueueMessageCommand: TrainerCommand {
    var ticket: String { get }
    var kind: ShiftAction.MessageKind { get }
}

extension QueueMessageCommand {
    func send(in session: Session, text: (TicketState, Shift) throws -> (text: String, saved: String?)) throws {
        let (user, stored) = try session.runningShift()
        let supervised = try session.isSupervised(user, shift: stored)
        try session.perform({ shift in
            let number = try session.ticketNumber(ticket, in: shift)
            guard let state = shift.ticket(number) else { throw CommandFailure("no ticket \(ticket)") }
            let (body, saved) = try text(state, shift)
            guard !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw CommandFailure("the message is empty") }
            return .send(ticket: number, message: session.message(kind, body, saved: saved))
        }, draft: supervised)
    }

    func fill(_ template: String, _ ticket: TicketState, _ shift: Shift) -> String {
        SavedReply(id: "", title: "", body: template).filled(
            customer: ticket.template.customer.name, agent: shift.agent, eta: "", ticket: ticket.id)
    }
}

struct QueueReplyCommand: QueueMessageCommand {
    static let configuration = CommandConfiguration(
        commandName: "reply", _superCommandName: CommandTable.name, abstract: "Reply to a ticket's customer: a saved reply (--saved ID) or your own text (4 min).",
        discussion: """
            Saved replies fill {customer}, {agent}, {eta} (the resolution target of the priority you set) and \
            {ticket}. Replies are graded on the seed routine: acknowledge, give a time frame, end with a question, \
            stay polite, never blame, and use a saved reply where one fits. `queue reply T --list` shows the saved replies.
            """)
    static let access = Access.signedIn
    static let completion = CompletionKind.ticket

    @Argument(help: "The ticket.") var ticket: String
    @Argument(help: "Your reply, quoted (or --saved).") var text: String?
    @Option(help: "A saved reply's id.") var saved: String?
    @Flag(help: "List the saved replies instead.") var list = false
    var kind: ShiftAction.MessageKind { .reply }

    func run(in session: Session) throws {
        if list {
            return session.say(session.table(["id", "title"], session.curriculum.replies.map { [$0.id, $0.title] }))
        }
        try send(in: session) { state, shift in
            switch (text, saved) {
            case (let text?, nil):
                return (text, nil)
            case (nil, let id?):
                guard let reply = session.curriculum.reply(id) else {
                    throw CommandFailure("no saved reply `\(Suggestion.quoted(id))`.\(Suggestion.hint(for: id, among: session.curriculum.replies.map(\.id))) `queue reply T --list` shows them.")
                }
                return (reply.filled(customer: state.template.customer.name, agent: shift.agent,
                                     eta: session.eta(state, shift: shift), ticket: state.id), id)
            default:
                throw CommandFailure("reply with your own text (quoted) or --saved ID, not both")
            }
        }
    }
}

struct QueueAskCommand: QueueMessageCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask", _superCommandName: CommandTable.name, abstract: "Ask the customer for details, politely (2 min); the ticket is pending until they answer.")
    static let access = Access.signedIn
    static let completion = CompletionKind.ticket

    @Argument(help: "The ticket.") var ticket: String
    @Argument(help: "Your question, quoted (default: a polite request for the details).") var text: String?
    var kind: ShiftAction.MessageKind { .ask }

    func run(in session: Session) throws {
        try send(in: session) { state, shift in
            (text ?? fill("""
                Hello {customer}, thank you for getting in touch. To look into this I need a few details: the account, \
                what exactly is affected and since when. I will come back to you \(session.eta(state, shift: shift)) of your answer. \
                Could you send them?
                {agent}, Tracklight support
                """, state, shift), nil)
        }
    }
}

struct QueueFollowUpCommand: QueueMessageCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup", _superCommandName: CommandTable.name, abstract: "Follow up with a customer who went silent after your question (2 min).")
    static let access = Access.signedIn
    static let completion = CompletionKind.ticket

    @Argument(help: "The ticket.") var ticket: String
    @Argument(help: "Your follow-up, quoted (default: a polite reminder).") var text: String?
    var kind: ShiftAction.MessageKind { .followUp }

    func run(in session: Session) throws {
        try send(in: session) { state, shift in
            (text ?? fill("""
                Hello {customer}, thank you for your patience. I am following up on my question about {ticket}: once you send \
                the details I can continue within the day. Could you reply when you have a moment?
                {agent}, Tracklight support
                """, state, shift), nil)
        }
    }
}

struct QueueEscalateCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "escalate", _superCommandName: CommandTable.name, abstract: "Hand a ticket to a team (3 min); bounced back when facts it needs are missing.")
    static let access = Access.signedIn
    static let completion = CompletionKind.ticket

    @Argument(help: "The ticket.") var ticket: String
    @Option(help: "engineering, product, billing, sales, marketing or success.") var team: String

    func run(in session: Session) throws {
        let value = try choice(team, as: TicketTemplate.Team.self, what: "team")
        try session.perform { .escalate(ticket: try session.ticketNumber(ticket, in: $0), team: value) }
    }
}

struct QueueNoteCommand: TrainerCommand {
    static let configuration = CommandConfiguration(commandName: "note", _superCommandName: CommandTable.name, abstract: "Add an internal note to a ticket (1 min); the customer never sees it.")
    static let access = Access.signedIn
    static let completion = CompletionKind.ticket

    @Argument(help: "The ticket.") var ticket: String
    @Argument(help: "The note, quoted.") var text: String

    func run(in session: Session) throws {
        try session.perform { .note(ticket: try session.ticketNumber(ticket, in: $0), text: text) }
    }
}

struct QueueCloseCommand: TrainerCommand {
    static let configuration = CommandConfiguration(
        commandName: "close", _superCommandName: CommandTable.name, abstract: "Close a ticket (1 min): solved, the team's answer passed on, or after 5 days of silence.")
    static let access = Access.signedIn
    static let completion = CompletionKind.ticket

    @Argument(help: "The ticket.") var ticket: String

    func run(in session: Session) throws {
        try session.perform { .close(ticket: try session.ticketNumber(ticket, in: $0)) }
    }
}
