import Foundation
import GRDB
import TrainerCore

/// Sandbox shifts through the v8 schema as the store writes them: the plan and SLA policy as JSON,
/// every ticket's template frozen as JSON, every action as JSON in order (the mentor's approvals
/// and returns by the mentor), the drafts of supervised shifts, and for finished shifts the grades
/// and their figures. Each kind of shift is played once and its JSON reused; only draft ids,
/// which are numbered across the whole file, are encoded per shift.
struct SandboxWriter {
    /// A played shift, encoded once.
    private struct Encoded {
        var played: PlayedShift
        var plan: String
        /// Nil where the action names a draft (encoded per shift with its real id).
        var actions: [String?]
        var report: String?
    }

    private let db: Database
    private let kit: SandboxKit
    private let seed: UInt64
    private let encoder: JSONEncoder
    private let policy: String
    private let templates: [String: String]
    private var encoded: [PlayedShift.Kind: Encoded] = [:]
    private let insertShift, insertTicket, insertAction, insertDraft: Statement

    init(_ db: Database, kit: SandboxKit, seed: UInt64) throws {
        self.db = db
        self.kit = kit
        self.seed = seed
        encoder = JSONEncoder()
        // Sorted keys: the same seed gives the same bytes in every process.
        encoder.outputFormatting = .sortedKeys
        policy = String(decoding: try encoder.encode(kit.policy), as: UTF8.self)
        var templates: [String: String] = [:]
        for (id, template) in kit.byID { templates[id] = String(decoding: try encoder.encode(template), as: UTF8.self) }
        self.templates = templates
        insertShift = try db.makeStatement(sql: """
            INSERT INTO shift (id, userId, seed, minutes, supervised, plan, policy, startedAt, finishedAt, report, tickets,
                               firstResponseMedian, slaMetShare, triageAccuracy, fcrShare, closed, csat)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertTicket = try db.makeStatement(sql: "INSERT INTO shiftTicket (shiftId, number, templateId, template) VALUES (?, ?, ?, ?)")
        insertAction = try db.makeStatement(sql: "INSERT INTO shiftAction (shiftId, position, action, byId, at) VALUES (?, ?, ?, ?, ?)")
        insertDraft = try db.makeStatement(sql: """
            INSERT INTO shiftDraft (id, shiftId, ticket, text, state, comment, writtenAt, decidedById, decidedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    mutating func write(_ shifts: [HistoryPlan.SandboxShift], people: People) throws {
        var draftBase: Int64 = 0
        for (index, planned) in shifts.enumerated() {
            let id = Int64(index + 1)
            let shift = try encoding(planned.kind)
            let played = shift.played, trainee = people.trainees[planned.trainee]
            let finished = played.report.map { _ in planned.start.addingTimeInterval(Double(planned.kind.minutes) * 60) }
            let report = played.report
            try insertShift.execute(arguments: [
                id, trainee.account.id, Int64(bitPattern: played.plan.seed), planned.kind.minutes, planned.kind.supervised, shift.plan, policy,
                planned.start, finished, shift.report, report?.tickets, report?.firstResponseMedian, report?.slaMetShare,
                report?.triageAccuracy, report?.fcrShare, report?.closed, report?.csat])
            for arrival in played.plan.arrivals {
                try insertTicket.execute(arguments: [id, arrival.number, arrival.template, templates[arrival.template]])
            }
            for (position, (action, byMentor)) in played.actions.enumerated() {
                let json = try shift.actions[position] ?? String(decoding: encoder.encode(Self.numbered(action, from: draftBase)), as: UTF8.self)
                try insertAction.execute(arguments: [id, position, json, byMentor ? trainee.mentorID : trainee.account.id,
                                                     planned.start.addingTimeInterval(Double(position) * 30)])
            }
            for draft in played.drafts {
                let written = planned.start.addingTimeInterval(Double(draft.ticket) * 60)
                try insertDraft.execute(arguments: [
                    draftBase + draft.local, id, draft.ticket, draft.text, draft.returned ? "returned" : "approved",
                    draft.returned ? PlayedShift.returnComment : nil, written, trainee.mentorID, written.addingTimeInterval(120)])
            }
            draftBase += Int64(played.drafts.count)
        }
    }

    /// The kind's play and its JSON, made the first time the kind is met.
    private mutating func encoding(_ kind: PlayedShift.Kind) throws -> Encoded {
        if let known = encoded[kind] { return known }
        let played = PlayedShift(kind, kit: kit, seed: seed)
        let made = Encoded(
            played: played, plan: String(decoding: try encoder.encode(played.plan), as: UTF8.self),
            actions: try played.actions.map { action, _ in
                Self.namesADraft(action) ? nil : String(decoding: try encoder.encode(action), as: UTF8.self)
            },
            report: try played.report.map { String(decoding: try encoder.encode($0), as: UTF8.self) })
        encoded[kind] = made
        return made
    }

    private static func namesADraft(_ action: ShiftAction) -> Bool {
        switch action {
        case .draft, .deliver, .returnDraft: true
        default: false
        }
    }

    /// The action with its local draft id moved past the drafts already written.
    private static func numbered(_ action: ShiftAction, from base: Int64) -> ShiftAction {
        switch action {
        case .draft(let ticket, let draft, let message): .draft(ticket: ticket, draft: base + draft, message: message)
        case .deliver(let draft): .deliver(draft: base + draft)
        case .returnDraft(let draft, let comment): .returnDraft(draft: base + draft, comment: comment)
        default: action
        }
    }
}
