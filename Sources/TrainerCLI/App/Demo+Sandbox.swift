import Foundation
import TrainerCore
import TrainerStore

extension Demo {
    /// A finished shift for `finished` (one ticket left untriaged, so the report has a miss to
    /// show) and a supervised shift for `supervised` with one draft waiting for `mentor`: made
    /// with the calls the queue commands use. Nothing happens when the content has no tickets.
    static func sandbox(finished: Account, supervised: Account, mentor: Account, session: Session) throws {
        let templates = session.curriculum.tickets, store = session.store
        guard !templates.isEmpty else { return }
        let now = session.clock.now()
        let byID = Dictionary(templates.map { ($0.id, $0) }) { a, _ in a }

        let plan = ShiftPlan.make(templates: templates, minutes: 30, seed: 2026)
        let id = try store.startShift(for: finished, plan: plan, templates: templates, policy: session.curriculum.sla,
                                      supervised: false, at: now.addingTimeInterval(-7_200))
        var shift = Shift.start(plan, templates: byID, policy: session.curriculum.sla, agent: finished.name)
        func take(_ action: ShiftAction) throws {
            try store.recordShiftAction(id, action, by: finished, at: now.addingTimeInterval(-7_000))
            _ = shift.apply(action)
        }
        for arrival in plan.arrivals {
            guard let template = byID[arrival.template] else { continue }
            if shift.clock < arrival.minute { try take(.wait(minutes: arrival.minute - shift.clock)) }
            let number = arrival.number
            if number > 1 {
                try take(.tag(ticket: number, segment: template.truth.segment))
                try take(.priority(ticket: number, priority: template.truth.priority))
            }
            let reply = template.truth.replies.first.flatMap(session.curriculum.reply)
            let text = reply?.filled(customer: template.customer.name, agent: finished.name,
                                     eta: SLAPolicy.standard.targets(template.truth.priority).resolution.inWords, ticket: "T\(number)")
                ?? "Hello \(template.customer.name), thank you for writing. I will come back to you within the hour. Is there anything else?"
            try take(.send(ticket: number, message: session.message(.reply, text, saved: reply?.id)))
        }
        if shift.clock < plan.end { try take(.wait(minutes: plan.end - shift.clock)) }
        shift.advance(to: shift.clock)
        let milestone = (try? session.progress(of: finished))?.progress.queueMilestone(minutes: shift.elapsed)
        try store.finishShift(id, report: ShiftKPIs(shift), milestone: milestone?.key, at: now.addingTimeInterval(-6_000))

        try store.setSupervision(of: supervised, supervised: true, by: mentor, at: now.addingTimeInterval(-3_000))
        let second = ShiftPlan.make(templates: templates, minutes: 30, seed: 7)
        let open = try store.startShift(for: supervised, plan: second, templates: templates, policy: session.curriculum.sla,
                                        supervised: true, at: now.addingTimeInterval(-1_800))
        guard let first = second.arrivals.first, let template = byID[first.template] else { return }
        let text = "Hello \(template.customer.name), thanks for writing. I am looking into it and will come back to you within the hour. "
            + "Could you tell me since when this happens?\n\(supervised.name), Tracklight support"
        _ = try store.recordDraft(open, ticket: first.number, message: session.message(.reply, text), by: supervised,
                                  at: now.addingTimeInterval(-1_700))
    }
}
