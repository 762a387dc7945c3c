import Foundation

extension Shift {
    /// Minutes a team takes to answer an escalation that carried everything it needs.
    public static let teamAnswersAfter = 30

    /// Why `action` cannot be taken now, or nil when it can. Commands ask before storing it.
    public func problem(with action: ShiftAction) -> String? {
        if case .wait(let minutes) = action { return minutes > 0 ? nil : "wait takes a number of minutes above 0" }
        if case .deliver(let id) = action { return drafts[id] == nil ? "draft \(id) is not waiting" : nil }
        if case .returnDraft(let id, _) = action { return drafts[id] == nil ? "draft \(id) is not waiting" : nil }
        guard let number = action.ticket, let ticket = ticket(number), ticket.arrivedAt <= clock else {
            return "no ticket \(action.ticket.map { "T\($0)" } ?? "") in the queue yet"
        }
        if ticket.isClosed, !isHarmlessOnClosed(action) { return "\(ticket.id) is closed" }
        if case .escalate = action, ticket.escalatedTo != nil { return "\(ticket.id) is already escalated to \(ticket.escalatedTo?.rawValue ?? "")" }
        return nil
    }

    private func isHarmlessOnClosed(_ action: ShiftAction) -> Bool {
        switch action {
        case .open, .note: true
        default: false
        }
    }

    /// Runs the clock forward to `minute` (no further back than it stands) and brings every ticket
    /// up to it: customers answer, ignored customers write again, teams reply. The events come in
    /// the order they happened.
    @discardableResult
    public mutating func advance(to minute: Int) -> [ShiftEvent] {
        clock = max(clock, minute)
        let minute = clock
        var events: [ShiftEvent] = []
        for index in tickets.indices where tickets[index].arrivedAt <= minute {
            if tickets[index].arrivedAt > observed { events.append(.arrived(ticket: tickets[index].number, minute: tickets[index].arrivedAt)) }
            events += Self.advance(&tickets[index], to: minute, policy: policy)
        }
        observed = minute
        return events.sorted { $0.minute < $1.minute }
    }

    /// Applies one action at the clock, then lets its cost in minutes pass.
    public mutating func apply(_ action: ShiftAction) -> [ShiftEvent] {
        var events: [ShiftEvent] = []
        let now = clock
        if let number = action.ticket, let index = index(of: number) {
            events += Self.advance(&tickets[index], to: now, policy: policy)
            events += act(action, on: index, at: now)
        } else {
            switch action {
            case .deliver(let id):
                if let draft = drafts.removeValue(forKey: id), let index = index(of: draft.ticket) {
                    events += Self.advance(&tickets[index], to: now, policy: policy)
                    Self.send(draft.message, on: &tickets[index], at: now, policy: policy)
                    events.append(.delivered(ticket: draft.ticket, draft: id))
                }
            case .returnDraft(let id, let comment):
                if let draft = drafts.removeValue(forKey: id), let index = index(of: draft.ticket) {
                    tickets[index].conversation.append(.init(minute: now, speaker: .mentor, text: "Draft \(id) returned: \(comment)"))
                    events.append(.returned(ticket: draft.ticket, draft: id))
                }
            case .wait(let minutes):
                events.append(.waited(minutes: minutes))
            default:
                break
            }
        }
        // Other tickets catch up lazily (when touched, listed or graded): each depends only on
        // its own actions and the clock, so a long shift costs one step per action.
        clock = max(clock, now + action.cost)
        return events
    }

    func index(of number: Int) -> Int? {
        if tickets.indices.contains(number - 1), tickets[number - 1].number == number { return number - 1 }
        return tickets.firstIndex { $0.number == number }
    }

    private mutating func act(_ action: ShiftAction, on index: Int, at now: Int) -> [ShiftEvent] {
        let number = tickets[index].number
        switch action {
        case .open:
            tickets[index].opened = true
            return [.opened(ticket: number)]
        case .tag(_, let segment):
            tickets[index].segment = segment
            return [.tagged(ticket: number)]
        case .priority(_, let priority):
            tickets[index].priority = priority
            return [.tagged(ticket: number)]
        case .send(_, let message):
            Self.send(message, on: &tickets[index], at: now, policy: policy)
            return [.sent(ticket: number, kind: message.kind)]
        case .draft(_, let id, let message):
            drafts[id] = Draft(id: id, ticket: number, message: message, writtenAt: now)
            tickets[index].conversation.append(.init(minute: now, speaker: .draft, text: "Draft \(id) for your mentor: \(message.text)"))
            return [.drafted(ticket: number, draft: id)]
        case .escalate(_, let team):
            return [escalate(index, to: team, at: now)]
        case .note(_, let text):
            tickets[index].conversation.append(.init(minute: now, speaker: .note, text: text))
            return [.noted(ticket: number)]
        case .close:
            return [close(index, at: now)]
        case .deliver, .returnDraft, .wait:
            return []
        }
    }

    private mutating func escalate(_ index: Int, to team: TicketTemplate.Team, at now: Int) -> ShiftEvent {
        let ticket = tickets[index]
        let number = ticket.number
        let reason: String?
        if !ticket.missingFacts.isEmpty {
            reason = "\(team.rawValue) needs \(ticket.missingFacts.joined(separator: ", ")) before they can start: ask the customer first"
        } else if ticket.template.truth.escalateTo == nil {
            reason = "\(team.rawValue) says support can resolve this one without them"
        } else if ticket.template.truth.escalateTo != team {
            reason = "\(team.rawValue) says this is not theirs"
        } else {
            reason = nil
        }
        if let reason {
            tickets[index].bounces.append(reason)
            tickets[index].conversation.append(.init(minute: now, speaker: .team, text: "Escalation bounced: \(reason)."))
            return .bounced(ticket: number, reason: reason)
        }
        tickets[index].escalatedTo = team
        tickets[index].escalatedAt = now
        tickets[index].teamAnswerAt = now + Self.teamAnswersAfter
        tickets[index].status = .escalated
        tickets[index].conversation.append(.init(minute: now, speaker: .note, text: "Escalated to \(team.rawValue)."))
        return .escalated(ticket: number, team: team)
    }

    private mutating func close(_ index: Int, at now: Int) -> ShiftEvent {
        var ticket = tickets[index]
        if let since = ticket.pendingSince {
            ticket.pausedMinutes += ticket.calendar.businessMinutes(from: since, to: now)
            ticket.pendingSince = nil
        }
        ticket.answerDueAt = nil
        ticket.status = .closed
        ticket.closedAt = now
        let solved = TicketGrading.closedCorrectly(ticket, policy: policy) && !ticket.template.script.silent
        let says = solved ? ticket.template.script.onFix : nil
        if let says { ticket.conversation.append(.init(minute: now, speaker: .customer, text: says)) }
        ticket.conversation.append(.init(minute: now, speaker: .note, text: "Closed."))
        tickets[index] = ticket
        return .closed(ticket: ticket.number, customerSays: says)
    }

    static func send(_ message: ShiftAction.Message, on ticket: inout TicketState, at now: Int, policy: SLAPolicy) {
        ticket.sent.append(message)
        ticket.sentAt.append(now)
        ticket.conversation.append(.init(minute: now, speaker: .agent, text: message.text))
        if ticket.firstResponseAt == nil { ticket.firstResponseAt = now }
        if ticket.teamAnswered { ticket.answerPassedOn = true }
        // A reply that asks for details the customer has not given yet is a question too.
        let asks = message.kind == .ask || (message.kind == .reply && message.asksForDetails
            && ticket.known.count < ticket.template.facts.count)
        switch message.kind {
        case .reply where !asks:
            break
        case .ask, .reply:
            if ticket.missingFacts.isEmpty, ticket.known.count == ticket.template.facts.count { ticket.needlessAsks += 1 }
            ticket.lastQuestionAt = now
            if ticket.pendingSince == nil { ticket.pendingSince = now }
            if ticket.status == .open { ticket.status = .pending }
            ticket.answerDueAt = ticket.template.script.silent ? nil : now + ticket.template.script.answersAfter
        case .followUp:
            if ticket.followUpAt == nil { ticket.followUpAt = now }
        }
    }

    /// The ticket's own clock: the customer's answer, the ignored customer's nudge, the team's reply.
    static func advance(_ ticket: inout TicketState, to minute: Int, policy: SLAPolicy) -> [ShiftEvent] {
        guard !ticket.isClosed else { return [] }
        var events: [ShiftEvent] = []
        while true {
            var next: (minute: Int, kind: Int)?
            func consider(_ at: Int?, _ kind: Int) {
                guard let at, at <= minute, next.map({ at < $0.minute }) ?? true else { return }
                next = (at, kind)
            }
            if ticket.firstResponseAt == nil, ticket.ignoredAt == nil { consider(ticket.firstResponseDeadline(policy), 0) }
            consider(ticket.answerDueAt, 1)
            if !ticket.teamAnswered { consider(ticket.teamAnswerAt, 2) }
            guard let event = next else { return events }
            switch event.kind {
            case 0:
                ticket.ignoredAt = event.minute
                ticket.mood = ticket.mood.rising
                if let text = ticket.template.script.whenIgnored {
                    ticket.conversation.append(.init(minute: event.minute, speaker: .customer, text: text))
                    events.append(.heard(ticket: ticket.number, speaker: .customer, text: text, minute: event.minute))
                }
            case 1:
                ticket.answerDueAt = nil
                ticket.known.formUnion(ticket.template.facts.map(\.key))
                if let since = ticket.pendingSince {
                    ticket.pausedMinutes += ticket.calendar.businessMinutes(from: since, to: event.minute)
                    ticket.pendingSince = nil
                }
                if ticket.status == .pending { ticket.status = .open }
                let text = ticket.template.script.onAsk ?? ticket.template.facts.map(\.text).joined(separator: " ")
                ticket.conversation.append(.init(minute: event.minute, speaker: .customer, text: text))
                events.append(.heard(ticket: ticket.number, speaker: .customer, text: text, minute: event.minute))
            default:
                ticket.teamAnswered = true
                let team = ticket.escalatedTo?.rawValue ?? "the team"
                let text = "\(team.capitalized) has an answer: \(ticket.template.truth.solution) Pass it on to the customer, then close."
                ticket.conversation.append(.init(minute: event.minute, speaker: .team, text: text))
                events.append(.heard(ticket: ticket.number, speaker: .team, text: text, minute: event.minute))
            }
        }
    }
}
