/// A shift as it stands: its plan, its SLA policy, the simulated clock and every ticket.
/// Built by `Shift.start` and changed only by `advance(to:)` and `apply(_:)`.
public struct Shift: Sendable {
    /// A draft waiting for the mentor (supervised mode).
    public struct Draft: Sendable, Hashable {
        public var id: Int64
        public var ticket: Int
        public var message: ShiftAction.Message
        public var writtenAt: Int
    }

    public let plan: ShiftPlan
    public let policy: SLAPolicy
    /// The trainee's display name, for `{agent}`.
    public let agent: String
    public internal(set) var clock: Int
    /// Every ticket of the plan, arrived or not, by number (index = number - 1).
    public internal(set) var tickets: [TicketState]
    public internal(set) var drafts: [Int64: Draft] = [:]
    /// How far `advance(to:)` has brought every ticket (arrivals after it are news).
    var observed: Int

    /// The shift at its first minute; templates are looked up by id (an arrival whose template is
    /// missing is skipped, which only a damaged record can cause).
    public static func start(_ plan: ShiftPlan, templates: [String: TicketTemplate], policy: SLAPolicy, agent: String) -> Shift {
        let tickets = plan.arrivals.compactMap { arrival in
            templates[arrival.template].map { TicketState(arrival: arrival, template: $0, policy: policy) }
        }
        return Shift(plan: plan, policy: policy, agent: agent, clock: plan.start, tickets: tickets, observed: plan.start)
    }

    /// Minutes since the shift started.
    public var elapsed: Int { clock - plan.start }

    public func ticket(_ number: Int) -> TicketState? {
        tickets.indices.contains(number - 1) && tickets[number - 1].number == number
            ? tickets[number - 1] : tickets.first { $0.number == number }
    }

    /// Tickets that have arrived by the clock.
    public var arrived: [TicketState] { tickets.filter { $0.arrivedAt <= clock } }
    /// Tickets that have arrived and are not closed.
    public var open: [TicketState] { tickets.filter { $0.arrivedAt <= clock && !$0.isClosed } }
    public var waitingDrafts: [Draft] { drafts.values.sorted { $0.id < $1.id } }

    /// The shift after replaying `actions` from its start.
    public static func replay(_ plan: ShiftPlan, templates: [String: TicketTemplate], policy: SLAPolicy, agent: String,
                              actions: [ShiftAction]) -> Shift {
        var shift = start(plan, templates: templates, policy: policy, agent: agent)
        for action in actions { _ = shift.apply(action) }
        shift.advance(to: shift.clock)
        return shift
    }
}

/// What an action did, for the trainee to read.
public enum ShiftEvent: Sendable, Hashable {
    case sent(ticket: Int, kind: ShiftAction.MessageKind)
    case drafted(ticket: Int, draft: Int64)
    case delivered(ticket: Int, draft: Int64)
    case returned(ticket: Int, draft: Int64)
    case escalated(ticket: Int, team: TicketTemplate.Team)
    case bounced(ticket: Int, reason: String)
    case closed(ticket: Int, customerSays: String?)
    case tagged(ticket: Int)
    case noted(ticket: Int)
    case opened(ticket: Int)
    case waited(minutes: Int)
    /// Something a customer or team said while the clock ran (`minute` is when).
    case heard(ticket: Int, speaker: TicketState.Entry.Speaker, text: String, minute: Int)
    /// A new ticket reached the queue.
    case arrived(ticket: Int, minute: Int)

    /// When a heard line was said; other events sort first.
    public var minute: Int {
        if case .heard(_, _, _, let minute) = self { return minute }
        if case .arrived(_, let minute) = self { return minute }
        return Int.min
    }
}
