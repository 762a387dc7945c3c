import Foundation
import TrainerCore
import TrainerStore

extension Session {
    /// The logged-in person's running shift, or a failure that says how to start one.
    func runningShift() throws -> (user: Account, stored: StoredShift) {
        let user = try currentUser()
        guard let stored = try store.openShift(of: user) else {
            throw CommandFailure("no shift running: `queue start` begins one (`queue report` shows your last)")
        }
        return (user, stored)
    }

    /// Whether replies become drafts: the mentor's setting when they made one, else the shift's plan item.
    func isSupervised(_ user: Account, shift: StoredShift) throws -> Bool {
        try store.supervision(of: user) ?? shift.supervised
    }

    /// Takes one action in the running shift: checked against the shift, committed at once, then
    /// applied; prints what happened and where the clock stands.
    @discardableResult
    func perform(_ make: (Shift) throws -> ShiftAction, draft: Bool = false) throws -> Shift {
        let (user, stored) = try runningShift()
        var shift = stored.shift
        let action = try make(shift)
        if let problem = shift.problem(with: action) { throw CommandFailure(problem) }
        let before = shift.clock
        var events: [ShiftEvent]
        if draft, case .send(let ticket, let message) = action {
            let id = try store.recordDraft(stored.id, ticket: ticket, message: message, by: user, at: clock.now())
            events = shift.apply(.draft(ticket: ticket, draft: id, message: message))
        } else {
            try store.recordShiftAction(stored.id, action, by: user, at: clock.now())
            events = shift.apply(action)
        }
        events += shift.advance(to: shift.clock).filter { $0.minute >= before }
        for line in QueueView.events(events, shift: shift, style: style) { say(line) }
        say(QueueView.status(shift, style: style))
        return shift
    }

    /// A ticket number as typed: `T3`, `t3` or `3`.
    func ticketNumber(_ text: String, in shift: Shift) throws -> Int {
        let digits = text.hasPrefix("T") || text.hasPrefix("t") ? String(text.dropFirst()) : text
        guard let number = Int(digits), let ticket = shift.ticket(number), ticket.arrivedAt <= shift.clock else {
            let open = shift.open.map(\.id)
            throw CommandFailure("no ticket `\(InertText.visible(text))` in the queue\(open.isEmpty ? "" : " (open: \(open.joined(separator: ", ")))")")
        }
        return number
    }

    /// A message to the customer with the intents the role-play matcher recognises in it.
    func message(_ kind: ShiftAction.MessageKind, _ text: String, saved: String? = nil) -> ShiftAction.Message {
        ShiftAction.Message(kind: kind, text: text, saved: saved, intents: IntentMatcher(intents: curriculum.intents).recognise(text))
    }

    /// The time frame a reply promises for `ticket`: its resolution target at the priority set (or P3).
    func eta(_ ticket: TicketState, shift: Shift) -> String {
        shift.policy.targets(ticket.priority ?? QueueOrder.untriaged).resolution.inWords
    }

    /// The next breach of the person's running shift for the prompt, or nil.
    func nextBreachNote(for user: Account) -> String? {
        guard let stored = try? store.openShift(of: user) else { return nil }
        let shift = stored.shift
        guard let next = QueueOrder.nextBreach(shift) else { return "shift \(BusinessCalendar.label(shift.clock))" }
        return "T\(next.ticket) breaches in \(next.dueIn)m"
    }
}
