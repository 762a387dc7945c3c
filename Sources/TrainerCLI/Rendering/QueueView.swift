import Foundation
import TrainerCore
import TrainerStore

/// How the sandbox queue reads in a terminal. Customer and trainee text is shown inert.
public enum QueueView {
    /// The open tickets in working order as a table, with the status line under it. Written for
    /// long queues: each cell is measured once and only the subject (the last column) is cut to fit.
    public static func list(_ shift: Shift, style: Style, width: Int?) -> String {
        let rows = QueueOrder.rows(shift)
        guard !rows.isEmpty else { return "The queue is empty for now.\n" + status(shift, style: style, rows: rows) }
        let headers = ["ticket", "due in", "priority", "channel", "status", "subject"]
        let cells = rows.map { row in
            ["T\(row.ticket)", dueText(row.dueIn), row.prioritySet?.rawValue ?? "–", row.channel.rawValue, statusWord(row),
             isPlainASCII(row.subject) ? row.subject : InertText.visible(row.subject)]
        }
        var widths = headers.map(\.count)
        for row in cells { for index in 0..<5 { widths[index] = max(widths[index], cellWidth(row[index])) } }
        let fixed = widths.prefix(5).reduce(0, +) + 2 * 5
        let room = width.map { $0 - fixed } ?? Int.max
        guard room >= 8 else {
            return Table.render(headers, cells, style: style, width: width) + "\n" + status(shift, style: style, rows: rows)
        }
        // Appended into one string with ready-made padding: 10,000 rows list in a few tens of ms.
        let pads = (0...(widths.max() ?? 0) + 2).map { String(repeating: " ", count: $0) }
        func append(_ row: [String], late: Bool = false, to text: inout String) {
            for index in 0..<5 {
                let cell = row[index]
                text.append(index == 1 && late ? style.red(cell) : cell)
                text.append(pads[max(0, widths[index] - cellWidth(cell)) + 2])
            }
            let subject = row[5]
            text.append(cellWidth(subject) > room ? String(subject.prefix(room - 1)) + "…" : subject)
        }
        var header = ""
        append(headers, to: &header)
        var text = style.bold(header) + "\n" + style.dim((widths.prefix(5).map { String(repeating: "─", count: $0) }
            + [String(repeating: "─", count: min(room, max(headers[5].count, cells.map { cellWidth($0[5]) }.max() ?? 0)))]).joined(separator: "  "))
        text.reserveCapacity(text.utf8.count + rows.count * (fixed + min(room, 80) + 1))
        for (row, cell) in zip(rows, cells) {
            text.append("\n")
            append(cell, late: (row.dueIn ?? 1) < 0, to: &text)
        }
        return text + "\n" + status(shift, style: style, rows: rows)
    }

    /// Printable ASCII needs no escaping and its width is its byte count (the common case, and cheap).
    static func isPlainASCII(_ text: String) -> Bool {
        func plain(_ byte: UInt8) -> Bool { byte >= 0x20 && byte < 0x7F }
        // Native strings are contiguous: a loop over their bytes is several times the generic view's speed.
        return text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(plain) } ?? text.utf8.allSatisfy(plain)
    }

    static func cellWidth(_ text: String) -> Int { isPlainASCII(text) ? text.utf8.count : text.count }

    /// `rows`: the queue in working order when the caller has it already.
    static func status(_ shift: Shift, style: Style, rows: [QueueOrder.Row]? = nil) -> String {
        let rows = rows ?? QueueOrder.rows(shift)  // one row per open ticket (`Shift.open`)
        var line = "Clock \(BusinessCalendar.label(shift.clock)) · \(shift.elapsed) of \(shift.plan.minutes) min · \(rows.count) open"
        if let next = QueueOrder.nextBreach(in: rows) {
            line += " · next breach: T\(next.ticket) in \(next.dueIn) min"
        }
        if !shift.drafts.isEmpty { line += " · \(shift.drafts.count) draft\(shift.drafts.count == 1 ? "" : "s") waiting" }
        return style.dim(line)
    }

    static func dueText(_ minutes: Int?) -> String {
        guard let minutes else { return "–" }
        return minutes < 0 ? "late \(-minutes)m" : "\(minutes)m"
    }

    static func statusWord(_ row: QueueOrder.Row) -> String {
        switch row.status {
        case .open: row.mood >= .annoyed ? "open (\(row.mood.rawValue))" : "open"
        case .pending: "pending on customer"
        case .escalated: "escalated"
        case .closed: "closed"
        }
    }

    static func events(_ events: [ShiftEvent], shift: Shift, style: Style) -> [String] {
        events.map { event in
            switch event {
            case .sent(let ticket, let kind):
                let name = shift.ticket(ticket)?.template.customer.name ?? "the customer"
                return "\(kind == .ask ? "Asked" : kind == .followUp ? "Followed up with" : "Replied to") \(name) on T\(ticket)."
            case .drafted(let ticket, let draft):
                return style.yellow("Draft \(draft) for T\(ticket) waits for your mentor (supervised shift); the customer has not received it yet.")
            case .delivered(let ticket, let draft):
                return "Draft \(draft) approved: T\(ticket)'s customer received it."
            case .returned(let ticket, let draft):
                return style.yellow("Draft \(draft) for T\(ticket) was returned by your mentor: `queue open T\(ticket)` shows why.")
            case .escalated(let ticket, let team):
                return "T\(ticket) escalated to \(team.rawValue); they answer in about \(Shift.teamAnswersAfter) minutes."
            case .bounced(let ticket, let reason):
                return style.red("T\(ticket): escalation bounced: \(reason).")
            case .closed(let ticket, let says):
                let name = shift.ticket(ticket)?.template.customer.name ?? "Customer"
                return "T\(ticket) closed." + (says.map { " \(name): \(InertText.visible($0))" } ?? "")
            case .tagged(let ticket):
                let t = shift.ticket(ticket)
                return "T\(ticket): segment \(t?.segment?.rawValue ?? "–"), priority \(t?.priority?.rawValue ?? "–")."
            case .noted(let ticket):
                return "Note added to T\(ticket)."
            case .opened:
                return ""
            case .waited(let minutes):
                return "Waited \(minutes) min."
            case .arrived(let ticket, let minute):
                return style.bold("[\(BusinessCalendar.label(minute))] New ticket T\(ticket): \(InertText.visible(shift.ticket(ticket)?.subject ?? ""))")
            case .heard(let ticket, let speaker, let text, let minute):
                let who = speaker == .team ? "team" : shift.ticket(ticket)?.template.customer.name ?? "customer"
                return "[\(BusinessCalendar.label(minute))] T\(ticket) \(who): \(InertText.visible(text))"
            }
        }.filter { !$0.isEmpty }
    }

    /// One ticket: who, what, the conversation so far, and where it stands.
    static func ticket(_ ticket: TicketState, shift: Shift, style: Style) -> String {
        let c = ticket.template.customer
        var lines = [
            style.bold("\(ticket.id) · \(InertText.visible(ticket.subject))"),
            "\(ticket.template.channel.rawValue) · \(c.name), \(c.company) · \(c.tier.rawValue), \(c.plan.rawValue) plan · mood \(ticket.mood.rawValue)",
        ]
        for entry in ticket.conversation {
            let who: String = switch entry.speaker {
            case .customer: c.name
            case .agent: "you"
            case .note: "note"
            case .team: "team"
            case .draft: "draft"
            case .mentor: "mentor"
            }
            let text = InertText.visible(entry.text.trimmingCharacters(in: .whitespacesAndNewlines), keepsLineBreaks: true)
                .replacingOccurrences(of: "\n", with: "\n    ")
            lines.append("[\(BusinessCalendar.label(entry.minute))] \(entry.speaker == .note || entry.speaker == .draft ? style.dim("\(who): \(text)") : "\(who): \(text)")")
        }
        let due = QueueOrder.dueIn(ticket, policy: shift.policy, at: shift.clock)
        lines.append(style.dim("Segment \(ticket.segment?.rawValue ?? "–") · priority \(ticket.priority?.rawValue ?? "– (counts as P3)") · \(ticket.status.rawValue)"
            + (ticket.isClosed ? "" : " · next breach \(dueText(due))")))
        return lines.joined(separator: "\n")
    }

    /// The grades of a finished shift, per ticket, with the figures.
    static func report(_ shift: StoredShift, _ kpis: ShiftKPIs, style: Style, table: ([String], [[String]]) -> String) -> String {
        var lines = [style.bold("Shift \(shift.id) · \(shift.user) · \(shift.minutes) min · seed \(shift.seed)\(shift.supervised ? " · supervised" : "")")]
        lines.append(table(["ticket", "triage", "SLA", "escalation", "closed", "rating", "title"], kpis.grades.map { g in
            ["T\(g.ticket)", g.triageRight ? "✓" : "✗", g.slaMet ? "✓" : "✗", g.escalation.rawValue,
             g.closed ? (g.closedCorrectly ? "✓" : "✗") : "open", g.rating.map(String.init) ?? "–", g.title]
        }))
        lines.append(figures(kpis))
        let misses = kpis.misses
        if misses.isEmpty {
            lines.append(style.green("Clean shift: no misses."))
        } else {
            lines.append(style.bold("Misses"))
            lines += misses.map { "  T\($0.ticket): \($0.what)" }
        }
        return lines.joined(separator: "\n")
    }

    static func figures(_ k: ShiftKPIs) -> String {
        let median = k.firstResponseMedian.map { "\(number($0)) min" } ?? "–"
        return "First response (median) \(median) · SLA met \(ReviewView.percent(k.slaMetShare)) · triage \(ReviewView.percent(k.triageAccuracy))"
            + " · FCR \(ReviewView.percent(k.fcrShare)) · closed \(k.closed) of \(k.tickets) · CSAT \(k.csat.map(ReviewView.percent) ?? "–")"
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
