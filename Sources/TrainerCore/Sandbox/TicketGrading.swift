/// How one ticket was handled, against its hidden truth.
public struct TicketGrade: Sendable, Hashable, Codable {
    public enum Escalation: String, Sendable, Hashable, Codable {
        /// Support resolves it alone and nobody escalated it.
        case notNeeded = "not-needed"
        /// Escalated to the right team with every fact it needs.
        case right
        /// It needed a team and never reached one.
        case missing
    }

    public var ticket: Int
    public var template: String
    public var title: String
    public var segmentRight: Bool
    public var priorityRight: Bool
    /// Simulated minutes (on the ticket's calendar) to the first reply; nil when none went out.
    public var firstResponseMinutes: Int?
    public var firstResponseMet: Bool
    public var resolutionMet: Bool
    public var escalation: Escalation
    public var bounces: Int
    public var checklist: ReplyChecklist?
    public var closed: Bool
    public var closedCorrectly: Bool
    /// Resolved on first contact: closed with one reply, no question and no escalation.
    public var firstContact: Bool
    public var rating: Int?
    public var misses: [String]

    public init(ticket: Int, template: String, title: String, segmentRight: Bool, priorityRight: Bool, firstResponseMinutes: Int?,
                firstResponseMet: Bool, resolutionMet: Bool, escalation: Escalation, bounces: Int, checklist: ReplyChecklist?,
                closed: Bool, closedCorrectly: Bool, firstContact: Bool, rating: Int?, misses: [String]) {
        self.ticket = ticket
        self.template = template
        self.title = title
        self.segmentRight = segmentRight
        self.priorityRight = priorityRight
        self.firstResponseMinutes = firstResponseMinutes
        self.firstResponseMet = firstResponseMet
        self.resolutionMet = resolutionMet
        self.escalation = escalation
        self.bounces = bounces
        self.checklist = checklist
        self.closed = closed
        self.closedCorrectly = closedCorrectly
        self.firstContact = firstContact
        self.rating = rating
        self.misses = misses
    }

    public var triageRight: Bool { segmentRight && priorityRight }
    public var slaMet: Bool { firstResponseMet && resolutionMet }
}

/// Grades tickets at the shift's clock.
public enum TicketGrading {
    public static func grade(_ ticket: TicketState, policy: SLAPolicy, at clock: Int) -> TicketGrade {
        let truth = ticket.template.truth
        var misses: [String] = []
        let segmentRight = ticket.segment == truth.segment
        if !segmentRight {
            misses.append(ticket.segment.map { "segment \($0.rawValue), should be \(truth.segment.rawValue)" } ?? "not tagged (\(truth.segment.rawValue))")
        }
        let priorityRight = ticket.priority == truth.priority
        if !priorityRight {
            misses.append(ticket.priority.map { "priority \($0.rawValue), should be \(truth.priority.rawValue)" }
                ?? "no priority set (\(truth.priority.rawValue))")
        }

        let calendar = ticket.calendar
        let target = policy.firstResponse(truth.priority, channel: ticket.template.channel, calendar: calendar)
        let firstResponse = ticket.firstResponseAt.map { calendar.businessMinutes(from: ticket.arrivedAt, to: $0) }
        let firstResponseMet = (firstResponse ?? calendar.businessMinutes(from: ticket.arrivedAt, to: clock)) <= target
        if !firstResponseMet {
            misses.append(firstResponse.map { "first response after \($0) min (target \(target))" } ?? "no first response (target \(target) min)")
        }
        let resolutionTarget = calendar.minutes(in: policy.targets(truth.priority).resolution)
        let used = ticket.resolvedAt.map { ticket.resolutionUsed(at: $0) } ?? ticket.resolutionUsed(at: clock)
        let resolutionMet = used <= resolutionTarget
        if !resolutionMet { misses.append("resolution took \(used) min of \(resolutionTarget) allowed") }

        let escalation: TicketGrade.Escalation
        if let team = truth.escalateTo {
            escalation = ticket.escalatedTo == team ? .right : .missing
            if escalation == .missing { misses.append("not escalated to \(team.rawValue)") }
        } else {
            escalation = .notNeeded
        }
        for bounce in ticket.bounces { misses.append("escalation bounced: \(bounce)") }
        if ticket.needlessAsks > 0 { misses.append("asked again for details the customer had already given") }

        let checklist = ticket.sent.isEmpty ? nil : ReplyChecklist(messages: ticket.sent, fitting: truth.replies)
        misses += checklist?.misses ?? []

        let closedCorrectly = ticket.isClosed && closedCorrectly(ticket, policy: policy)
        if ticket.isClosed, !closedCorrectly { misses.append(closingMiss(ticket, policy: policy)) }
        if !ticket.isClosed {
            misses.append(ticket.status == .escalated ? "left open: the team's answer was not passed on and closed" : "left open at the end of the shift")
        }
        let firstContact = ticket.isClosed && closedCorrectly && ticket.sent.count == 1 && ticket.lastQuestionAt == nil
            && ticket.escalatedTo == nil

        var rating: Int?
        if ticket.isClosed, !ticket.template.script.silent {
            var r = ticket.template.script.rating
            if !firstResponseMet { r -= 1 }
            if !resolutionMet { r -= 1 }
            if !ticket.bounces.isEmpty { r -= 1 }
            if checklist?.noBlame == false { r -= 2 }
            if checklist?.acknowledged == false { r -= 1 }
            if !closedCorrectly { r -= 2 }
            rating = min(5, max(1, r))
        }
        return TicketGrade(
            ticket: ticket.number, template: ticket.template.id, title: ticket.template.title, segmentRight: segmentRight,
            priorityRight: priorityRight, firstResponseMinutes: firstResponse, firstResponseMet: firstResponseMet,
            resolutionMet: resolutionMet, escalation: escalation, bounces: ticket.bounces.count, checklist: checklist,
            closed: ticket.isClosed, closedCorrectly: closedCorrectly, firstContact: firstContact, rating: rating, misses: misses)
    }

    /// Whether closing now (or at its close) is right: a silent customer after the follow-up and
    /// five days of silence; an escalated ticket once the team's answer was passed on; any other
    /// once every needed fact is known and the customer had a reply.
    public static func closedCorrectly(_ ticket: TicketState, policy: SLAPolicy, at minute: Int? = nil) -> Bool {
        closingProblem(ticket, policy: policy, at: minute) == nil
    }

    static func closingMiss(_ ticket: TicketState, policy: SLAPolicy) -> String {
        closingProblem(ticket, policy: policy) ?? "closed"
    }

    /// Why closing at `minute` (default: when it was closed) is wrong, or nil.
    public static func closingProblem(_ ticket: TicketState, policy: SLAPolicy, at minute: Int? = nil) -> String? {
        let at = minute ?? ticket.closedAt ?? Int.max
        let calendar = ticket.calendar
        if ticket.template.script.silent {
            guard let asked = ticket.lastQuestionAt else { return "closed without asking the customer anything" }
            let followUpDue = calendar.adding(calendar.minutes(in: policy.followUpAfter), to: asked)
            guard let followed = ticket.followUpAt, followed >= followUpDue else {
                return "closed without a follow-up after \(policy.followUpAfter) of silence"
            }
            let closeDue = calendar.adding(calendar.minutes(in: policy.closeAfter), to: asked)
            return at >= closeDue ? nil : "closed before \(policy.closeAfter) of silence since the last question"
        }
        if ticket.template.truth.escalateTo != nil {
            guard ticket.escalatedTo == ticket.template.truth.escalateTo else { return "closed without escalating" }
            guard ticket.teamAnswered, ticket.answerPassedOn else { return "closed before the team's answer was passed on" }
            return nil
        }
        if !ticket.missingFacts.isEmpty { return "closed before \(ticket.missingFacts.joined(separator: ", ")) were known" }
        return ticket.sent.isEmpty ? "closed without a reply" : nil
    }
}
