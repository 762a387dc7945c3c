import Foundation
import TrainerCLI
import TrainerCore

/// Forty ticket templates across segments, priorities, channels and plans, a quarter needing an
/// escalation and one in eight silent, like the shipped set.
func syntheticTickets() -> [TicketTemplate] {
    let segments = TicketTemplate.Segment.allCases, channels = TicketTemplate.Channel.allCases
    let plans = TicketTemplate.CustomerPlan.allCases, priorities = Priority.allCases
    return (1...40).map { n in
        TicketTemplate(
            id: "bench-\(n)", title: "Ticket \(n)", channel: channels[n % channels.count],
            customer: .init(name: "Customer \(n)", company: "Company \(n)", tier: .paid, mood: .calm, plan: plans[n % plans.count]),
            variants: [.init(subject: "Calls from campaign \(n) stopped arriving", body: "Since this morning nothing arrives. Account \(n).")],
            truth: .init(segment: segments[n % segments.count], priority: priorities[n % priorities.count], why: "why",
                         needs: ["account", "since"], escalateTo: n % 4 == 0 ? .engineering : nil, replies: [], solution: "Fixed."),
            facts: [.init(key: "account", text: "Account \(n)"), .init(key: "since", text: "Since 9:00")], known: ["account"],
            script: .init(answersAfter: 5 + n % 10, onAsk: "Since nine.", silent: n % 8 == 0, whenIgnored: "Hello?", onFix: "Thanks!"))
    }
}

/// A trainee who works every ticket in arrival order: triage, ask, wait for the answer, escalate
/// or reply, close. Replies carry intents already recognised (the matcher is the role-play figure).
func simulateShift(_ plan: ShiftPlan, templates: [String: TicketTemplate]) -> ShiftKPIs {
    var shift = Shift.start(plan, templates: templates, policy: .standard, agent: "bench")
    let ask = ShiftAction.Message(kind: .ask, text: "Thanks for writing. Which account, and since when? I answer within 1 hour.",
                                  intents: ["thanks", "clarify", "time_frame", "closing_question"])
    let reply = ShiftAction.Message(kind: .reply, text: "Sorry for the trouble: fixed. Anything else?",
                                    intents: ["empathy", "solution", "closing_question"])
    for arrival in plan.arrivals {
        guard let template = templates[arrival.template] else { continue }
        if shift.clock < arrival.minute { _ = shift.apply(.wait(minutes: arrival.minute - shift.clock)) }
        let t = arrival.number
        _ = shift.apply(.tag(ticket: t, segment: template.truth.segment))
        _ = shift.apply(.priority(ticket: t, priority: template.truth.priority))
        _ = shift.apply(.send(ticket: t, message: ask))
        if !template.script.silent { _ = shift.apply(.wait(minutes: template.script.answersAfter)) }
        if let team = template.truth.escalateTo { _ = shift.apply(.escalate(ticket: t, team: team)) }
        _ = shift.apply(.send(ticket: t, message: reply))
        _ = shift.apply(.close(ticket: t))
    }
    shift.advance(to: shift.clock)
    return ShiftKPIs(shift)
}

func runSandboxBenchmarks() {
    let templates = syntheticTickets()
    let byID = Dictionary(uniqueKeysWithValues: templates.map { ($0.id, $0) })
    var closed = 0
    measure("shift of 10,000 tickets, end to end", samples: 15) {
        let plan = ShiftPlan.make(templates: templates, minutes: 100_000, seed: 7, count: 10_000)
        closed += simulateShift(plan, templates: byID).closed
    }
    // The same shift rebuilt from its stored actions, as every `queue` command does.
    let plan = ShiftPlan.make(templates: templates, minutes: 600, seed: 11, count: 10_000)
    var open = Shift.start(plan, templates: byID, policy: .standard, agent: "bench")
    open.advance(to: plan.end)
    var rows = 0
    measure("order 10,000 open tickets", samples: 50) { rows += QueueOrder.rows(open).count }
    measure("order and render 10,000 open tickets", samples: 50) {
        rows += QueueView.list(open, style: Style(enabled: true), width: 120).count
    }
    print("(\(closed) closed, \(rows) rows)")
}
