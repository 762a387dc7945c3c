/// The queue as the trainee should work it: priority first, then time to breach (POLICY.md
/// triage). Until the trainee sets a priority a ticket counts as P3, so triage comes first.
public enum QueueOrder {
    public static let untriaged = Priority.p3

    public struct Row: Sendable, Hashable {
        public var ticket: Int
        public var subject: String
        public var channel: TicketTemplate.Channel
        public var prioritySet: Priority?
        /// Simulated minutes to the next breach (negative: breached); nil when no clock runs
        /// (waiting on the customer or on a team).
        public var dueIn: Int?
        public var status: TicketState.Status
        public var mood: TicketTemplate.Mood
    }

    /// Open tickets in working order. `shift` must be advanced to its clock.
    public static func rows(_ shift: Shift) -> [Row] {
        var rows: [Row] = []
        rows.reserveCapacity(shift.tickets.count)
        let policy = shift.policy, clock = shift.clock
        shift.tickets.withUnsafeBufferPointer { tickets in
            for index in tickets.indices where tickets[index].arrivedAt <= clock && !tickets[index].isClosed {
                let ticket = tickets[index]
                rows.append(Row(ticket: ticket.number, subject: ticket.subject, channel: ticket.template.channel,
                                prioritySet: ticket.priority, dueIn: dueIn(ticket, policy: policy, at: clock),
                                status: ticket.status, mood: ticket.mood))
            }
        }
        // Sort small keys, then place the rows: moving whole rows (a subject string each) while
        // sorting cost more than the rest of the listing.
        let order = rows.indices.map { index in
            (priority: rows[index].prioritySet ?? untriaged, due: rows[index].dueIn ?? Int.max, ticket: rows[index].ticket, index: index)
        }.sorted { a, b in
            if a.priority != b.priority { return a.priority < b.priority }
            return a.due != b.due ? a.due < b.due : a.ticket < b.ticket
        }
        return order.map { rows[$0.index] }
    }

    /// Minutes to the ticket's next breach as the trainee can see it (from the priority they set).
    public static func dueIn(_ ticket: TicketState, policy: SLAPolicy, at clock: Int) -> Int? {
        let priority = ticket.priority ?? untriaged
        if ticket.firstResponseAt == nil {
            let target = policy.firstResponse(priority, channel: ticket.template.channel, calendar: ticket.calendar)
            return ticket.calendar.adding(target, to: ticket.arrivedAt) - clock
        }
        guard ticket.status == .open else { return nil }
        return ticket.resolutionDeadline(policy, priority: priority) - clock
    }

    /// The soonest breach among open tickets: which and in how many minutes.
    public static func nextBreach(_ shift: Shift) -> (ticket: Int, dueIn: Int)? { nextBreach(in: rows(shift)) }

    /// The same from rows already in working order (ties go to the first in that order).
    public static func nextBreach(in rows: [Row]) -> (ticket: Int, dueIn: Int)? {
        rows.compactMap { row in row.dueIn.map { (row.ticket, $0) } }.filter { $0.1 >= 0 }.min { $0.1 < $1.1 }
    }
}
