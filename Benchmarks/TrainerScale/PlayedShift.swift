import Foundation
import TrainerCore

/// What the sandbox serves, as the shipped content defines it.
struct SandboxKit {
    var templates: [TicketTemplate]
    var byID: [String: TicketTemplate]
    var replies: [String: SavedReply]
    var policy: SLAPolicy
    var matcher: IntentMatcher

    init(templates: [TicketTemplate], replies: [SavedReply], policy: SLAPolicy, intents: [Intent]) {
        self.templates = templates
        byID = Dictionary(templates.map { ($0.id, $0) }) { first, _ in first }
        self.replies = Dictionary(replies.map { ($0.id, $0) }) { first, _ in first }
        self.policy = policy
        matcher = IntentMatcher(intents: intents)
    }
}

/// One shift worked through the sandbox engine by a trainee of some skill: triage right with the
/// skill's chance, a saved reply per ticket (as a draft the mentor approves or returns when
/// supervised), escalations and closings. Every action passes `Shift.problem(with:)` before it is
/// applied, so the stored actions replay to the same shift. Played once per kind of shift and
/// reused for many generated ones: 200,000 tickets cost a few hundred simulations.
struct PlayedShift {
    /// A supervised reply; its id is local (1, 2, …) until the writer numbers the drafts.
    struct Draft {
        var local: Int64
        var ticket: Int
        var text: String
        var returned: Bool
    }

    /// The kind of shift: the same kind is the same plan and the same play.
    struct Kind: Hashable {
        var minutes: Int
        var tickets: Int
        /// 0 (weakest) to 23 (strongest): the trainee's skill band and one of three plays in it.
        var variant: Int
        var supervised: Bool
        /// False for a shift still running: half its tickets handled, no figures yet.
        var finishes: Bool
    }

    static let returnComment = "Give the customer a time frame before you close the reply."

    var plan: ShiftPlan
    var actions: [(action: ShiftAction, byMentor: Bool)] = []
    var drafts: [Draft] = []
    var report: ShiftKPIs?

    init(_ kind: Kind, kit: SandboxKit, seed: UInt64) {
        let planSeed = seed ^ UInt64(kind.minutes &* 1_000_003 &+ kind.tickets &* 10_007 &+ kind.variant &* 101)
            ^ (kind.supervised ? 0x5EED : 0) ^ (kind.finishes ? 0 : 0x0FE2)
        var random = SeededGenerator(seed: planSeed &+ 1)
        plan = ShiftPlan.make(templates: kit.templates, minutes: kind.minutes, seed: planSeed, count: kind.tickets)
        var shift = Shift.start(plan, templates: kit.byID, policy: kit.policy, agent: ScaleNames.agent)
        let skill = 0.55 + 0.4 * Double(kind.variant) / 23
        func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &random) < p }
        func take(_ action: ShiftAction, byMentor: Bool = false) {
            guard shift.problem(with: action) == nil else { return }
            // As a command does: apply, then bring every ticket up to the clock.
            _ = shift.apply(action)
            _ = shift.advance(to: shift.clock)
            actions.append((action, byMentor))
        }
        func send(_ message: ShiftAction.Message, on number: Int) {
            guard kind.supervised else { return take(.send(ticket: number, message: message)) }
            var local = Int64(drafts.count + 1)
            take(.draft(ticket: number, draft: local, message: message))
            if chance(1 - skill) {
                drafts.append(Draft(local: local, ticket: number, text: message.text, returned: true))
                take(.returnDraft(draft: local, comment: Self.returnComment), byMentor: true)
                local += 1
                take(.draft(ticket: number, draft: local, message: message))
            }
            drafts.append(Draft(local: local, ticket: number, text: message.text, returned: false))
            take(.deliver(draft: local), byMentor: true)
        }
        // First pass, as tickets arrive: triage, then ask for missing details or reply.
        let handled = kind.finishes ? plan.arrivals.count : plan.arrivals.count / 2
        let numbers = plan.arrivals.prefix(handled).map(\.number)
        for arrival in plan.arrivals.prefix(handled) {
            guard let template = kit.byID[arrival.template] else { continue }
            if shift.clock < arrival.minute { take(.wait(minutes: arrival.minute - shift.clock)) }
            let number = arrival.number, truth = template.truth
            take(.open(ticket: number))
            take(.tag(ticket: number, segment: chance(skill) ? truth.segment : Self.other(truth.segment, &random)))
            take(.priority(ticket: number, priority: chance(skill) ? truth.priority : Self.other(truth.priority, &random)))
            let asks = shift.ticket(number).map { !$0.missingFacts.isEmpty } == true && chance(skill)
            send(asks ? question(to: template, kit: kit) : reply(to: template, number: number, kit: kit), on: number)
        }
        guard kind.finishes else { return }
        // Second pass, once customers had time to answer: escalate, or reply and close.
        take(.wait(minutes: Shift.teamAnswersAfter))
        for number in numbers {
            guard let ticket = shift.ticket(number), !ticket.isClosed else { continue }
            if let team = ticket.template.truth.escalateTo {
                if chance(skill) { take(.escalate(ticket: number, team: team)) }
            } else if chance(skill) {
                if ticket.lastQuestionAt != nil { send(reply(to: ticket.template, number: number, kit: kit), on: number) }
                if let now = shift.ticket(number), TicketGrading.closedCorrectly(now, policy: kit.policy, at: shift.clock) || chance(0.3) {
                    take(.close(ticket: number))
                }
            }
        }
        // Third pass: pass the teams' answers on and close.
        take(.wait(minutes: Shift.teamAnswersAfter + 15))
        for number in numbers {
            guard let ticket = shift.ticket(number), !ticket.isClosed, ticket.teamAnswered, chance(skill) else { continue }
            send(reply(to: ticket.template, number: number, kit: kit), on: number)
            take(.close(ticket: number))
        }
        if shift.clock < plan.end { take(.wait(minutes: plan.end - shift.clock)) }
        _ = shift.advance(to: shift.clock)
        report = ShiftKPIs(shift)
    }

    /// The ticket's first fitting saved reply, filled in, with the intents the matcher finds in it.
    private func reply(to template: TicketTemplate, number: Int, kit: SandboxKit) -> ShiftAction.Message {
        let saved = template.truth.replies.lazy.compactMap { kit.replies[$0] }.first
        let eta = kit.policy.targets(template.truth.priority).resolution.inWords
        let text = saved?.filled(customer: template.customer.name, agent: ScaleNames.agent, eta: eta, ticket: "T\(number)")
            ?? "Hello \(template.customer.name), thank you for writing. I will come back to you within \(eta). Is there anything else?"
        return ShiftAction.Message(kind: .reply, text: text, saved: saved?.id, intents: kit.matcher.recognise(text))
    }

    /// A request for the details the ticket still needs.
    private func question(to template: TicketTemplate, kit: SandboxKit) -> ShiftAction.Message {
        let text = "Hello \(template.customer.name), thank you for writing. To look into it, could you tell me since when it happens "
            + "and which account and numbers are concerned? I come back to you within the hour."
        return ShiftAction.Message(kind: .ask, text: text, intents: kit.matcher.recognise(text))
    }

    /// Another case than `right`, drawn at random.
    private static func other<T: CaseIterable & Equatable>(_ right: T, _ random: inout SeededGenerator) -> T {
        let others = T.allCases.filter { $0 != right }
        return others.isEmpty ? right : others[Int.random(in: 0..<others.count, using: &random)]
    }
}
