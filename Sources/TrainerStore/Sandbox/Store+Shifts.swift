import Foundation
import GRDB
import TrainerCore

extension Store {
    /// Records a new shift with what it serves, in one transaction. A person has one open shift at a time.
    public func startShift(for user: Account, plan: ShiftPlan, templates: [TicketTemplate], policy: SLAPolicy,
                           supervised: Bool, at now: Date) throws -> Int64 {
        let encoder = JSONEncoder()
        let planJSON = String(decoding: try encoder.encode(plan), as: UTF8.self)
        let policyJSON = String(decoding: try encoder.encode(policy), as: UTF8.self)
        let byID = Dictionary(templates.map { ($0.id, $0) }) { a, _ in a }
        var frozen: [String: String] = [:]
        for (id, template) in byID { frozen[id] = String(decoding: try encoder.encode(template), as: UTF8.self) }
        return try writer.write { db in
            if try Int64.fetchOne(db, sql: "SELECT id FROM shift WHERE userId = ? AND finishedAt IS NULL", arguments: [user.id]) != nil {
                throw StoreError.notAllowed("you have a shift running: `queue` shows it, `queue end` finishes it")
            }
            try db.execute(sql: """
                INSERT INTO shift (userId, seed, minutes, supervised, plan, policy, startedAt) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [user.id, Int64(bitPattern: plan.seed), plan.minutes, supervised, planJSON, policyJSON, now])
            let id = db.lastInsertedRowID
            let insert = try db.makeStatement(sql: "INSERT INTO shiftTicket (shiftId, number, templateId, template) VALUES (?, ?, ?, ?)")
            for arrival in plan.arrivals {
                guard let json = frozen[arrival.template] else { continue }
                try insert.execute(arguments: [id, arrival.number, arrival.template, json])
            }
            return id
        }
    }

    /// Commits one action the moment it is taken, so a killed process loses nothing.
    public func recordShiftAction(_ shift: Int64, _ action: ShiftAction, by user: Account, at now: Date) throws {
        try writer.write { db in
            try Store.requireOpenShift(shift, db)
            try Store.appendAction(shift, action, byID: user.id, at: now, db)
        }
    }

    /// Stores a draft and the action that wrote it, in one transaction; returns the draft's id.
    public func recordDraft(_ shift: Int64, ticket: Int, message: ShiftAction.Message, by user: Account, at now: Date) throws -> Int64 {
        try writer.write { db in
            try Store.requireOpenShift(shift, db)
            try db.execute(sql: "INSERT INTO shiftDraft (shiftId, ticket, text, writtenAt) VALUES (?, ?, ?, ?)",
                           arguments: [shift, ticket, message.text, now])
            let id = db.lastInsertedRowID
            try Store.appendAction(shift, .draft(ticket: ticket, draft: id, message: message), byID: user.id, at: now, db)
            return id
        }
    }

    /// The mentor approves (the customer receives it at the shift's clock) or returns a draft with a comment.
    @discardableResult
    public func decideDraft(_ id: Int64, approve: Bool, comment: String?, by mentor: Account, at now: Date) throws -> StoredDraft {
        try writer.write { db in
            let visible = Store.visibleUsers(to: mentor)
            guard let draft = try Store.drafts(where: "d.id = ? AND \(visible.sql)", arguments: [id] + visible.arguments, db).first,
                  draft.user.lowercased() != mentor.name.lowercased() else {
                throw StoreError.notFound("no draft \(id) of one of your trainees")
            }
            guard draft.state == .waiting else { throw StoreError.notAllowed("draft \(id) was already \(draft.state.rawValue)") }
            guard (try Row.fetchOne(db, sql: "SELECT finishedAt FROM shift WHERE id = ?", arguments: [draft.shift]))?["finishedAt"] as Date? == nil else {
                throw StoreError.notAllowed("draft \(id) belongs to a shift that has ended")
            }
            try db.execute(sql: "UPDATE shiftDraft SET state = ?, comment = ?, decidedById = ?, decidedAt = ? WHERE id = ?",
                           arguments: [approve ? "approved" : "returned", comment, mentor.id, now, id])
            let action: ShiftAction = approve ? .deliver(draft: id) : .returnDraft(draft: id, comment: comment ?? "")
            try Store.appendAction(draft.shift, action, byID: mentor.id, at: now, db)
            var decided = draft
            decided.state = approve ? .approved : .returned
            decided.comment = comment
            return decided
        }
    }

    /// Closes a shift with its grades; `milestone` (a `queue:` plan item) is ticked in the same transaction.
    public func finishShift(_ id: Int64, report: ShiftKPIs, milestone: String?, at now: Date) throws {
        let json = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
        try writer.write { db in
            try Store.requireOpenShift(id, db)
            try db.execute(sql: """
                UPDATE shift SET finishedAt = ?, report = ?, tickets = ?, firstResponseMedian = ?, slaMetShare = ?, triageAccuracy = ?,
                fcrShare = ?, closed = ?, csat = ? WHERE id = ?
                """, arguments: [now, json, report.tickets, report.firstResponseMedian, report.slaMetShare, report.triageAccuracy,
                                 report.fcrShare, report.closed, report.csat, id])
            // Drafts nobody decided stay unsent: the customer never received them.
            try db.execute(sql: "UPDATE shiftDraft SET state = 'returned', comment = 'the shift ended' WHERE shiftId = ? AND state = 'waiting'",
                           arguments: [id])
            if let milestone, let userID = try Int64.fetchOne(db, sql: "SELECT userId FROM shift WHERE id = ?", arguments: [id]) {
                try Store.tick(milestone, userID: userID, byID: userID, attemptID: nil, at: now, db)
            }
        }
    }

    /// The person's running shift, with everything needed to rebuild it.
    public func openShift(of user: Account) throws -> StoredShift? {
        try writer.read { db in try Store.shifts(where: "s.userId = ? AND s.finishedAt IS NULL", arguments: [user.id], db).last }
    }

    /// Finished shifts `viewer` may see, oldest first; optionally one person's.
    public func finishedShifts(visibleTo viewer: Account, of name: String? = nil) throws -> [StoredShift] {
        try writer.read { db in
            let visible = Store.visibleUsers(to: viewer)
            var filter = "s.finishedAt IS NOT NULL AND \(visible.sql)", arguments = visible.arguments
            if let name {
                filter += " AND u.name = ?"
                arguments += [name]
            }
            return try Store.shifts(where: filter, arguments: arguments, db)
        }
    }

    /// Drafts waiting for a decision that `viewer` may decide (their trainees'; anyone's for a lead), oldest first.
    public func waitingDrafts(visibleTo viewer: Account, of name: String? = nil) throws -> [StoredDraft] {
        try writer.read { db in
            let visible = Store.visibleUsers(to: viewer)
            var filter = "\(Store.waitingDraft) AND u.id <> ? AND \(visible.sql)"
            var arguments: StatementArguments = [viewer.id] + visible.arguments
            if let name {
                filter += " AND u.name = ?"
                arguments += [name]
            }
            return try Store.drafts(where: filter, arguments: arguments, db)
        }
    }

    /// A draft (`d`) of a shift (`s`) still under way that waits for the mentor; the mentor desk
    /// counts them in `traineeActivity`.
    static let waitingDraft = "s.finishedAt IS NULL AND d.state = 'waiting'"

    /// Sets whether the trainee's replies become drafts for their mentor.
    public func setSupervision(of user: Account, supervised: Bool, by setter: Account, at now: Date) throws {
        try writer.write { db in
            try db.execute(sql: """
                INSERT INTO sandboxSupervision (userId, supervised, setById, setAt) VALUES (?, ?, ?, ?)
                ON CONFLICT (userId) DO UPDATE SET supervised = excluded.supervised, setById = excluded.setById, setAt = excluded.setAt
                """, arguments: [user.id, supervised, setter.id, now])
        }
    }

    /// The mentor's setting, nil when none was made.
    public func supervision(of user: Account) throws -> Bool? {
        try writer.read { db in try Bool.fetchOne(db, sql: "SELECT supervised FROM sandboxSupervision WHERE userId = ?", arguments: [user.id]) }
    }

    // MARK: - Inside a transaction

    static func requireOpenShift(_ id: Int64, _ db: Database) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT finishedAt FROM shift WHERE id = ?", arguments: [id]) else {
            throw StoreError.notFound("no shift \(id)")
        }
        guard (row["finishedAt"] as Date?) == nil else { throw StoreError.notAllowed("shift \(id) has ended: it can no longer change") }
    }

    static func appendAction(_ shift: Int64, _ action: ShiftAction, byID: Int64, at now: Date, _ db: Database) throws {
        let json = String(decoding: try JSONEncoder().encode(action), as: UTF8.self)
        try db.execute(sql: """
            INSERT INTO shiftAction (shiftId, position, action, byId, at)
            VALUES (?, (SELECT COALESCE(MAX(position), -1) + 1 FROM shiftAction WHERE shiftId = ?), ?, ?, ?)
            """, arguments: [shift, shift, json, byID, now])
    }

    static func drafts(where filter: String, arguments: StatementArguments, _ db: Database) throws -> [StoredDraft] {
        try Row.fetchAll(db, sql: """
            SELECT d.*, u.name AS userName FROM shiftDraft d JOIN shift s ON s.id = d.shiftId JOIN user u ON u.id = s.userId
            WHERE \(filter) ORDER BY d.id
            """, arguments: arguments).map { row in
            StoredDraft(id: row["id"], shift: row["shiftId"], user: row["userName"], ticket: row["ticket"], text: row["text"],
                        state: StoredDraft.State(rawValue: row["state"]) ?? .waiting, comment: row["comment"], writtenAt: row["writtenAt"])
        }
    }

    /// Shifts matching `filter` (over `shift s JOIN user u`), oldest first, with tickets and actions.
    static func shifts(where filter: String, arguments: StatementArguments, _ db: Database) throws -> [StoredShift] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT s.*, u.name AS userName FROM shift s JOIN user u ON u.id = s.userId WHERE \(filter) ORDER BY s.id
            """, arguments: arguments)
        let decoder = JSONDecoder()
        return try rows.map { row in
            let id: Int64 = row["id"]
            var templates: [String: TicketTemplate] = [:]
            for t in try Row.fetchAll(db, sql: "SELECT templateId, template FROM shiftTicket WHERE shiftId = ? ORDER BY number", arguments: [id]) {
                let key: String = t["templateId"]
                if templates[key] == nil { templates[key] = try decoder.decode(TicketTemplate.self, from: Data((t["template"] as String).utf8)) }
            }
            let actions = try String.fetchAll(db, sql: "SELECT action FROM shiftAction WHERE shiftId = ? ORDER BY position", arguments: [id])
                .map { try decoder.decode(ShiftAction.self, from: Data($0.utf8)) }
            return StoredShift(
                id: id, user: row["userName"], seed: UInt64(bitPattern: row["seed"]), minutes: row["minutes"], supervised: row["supervised"],
                plan: try decoder.decode(ShiftPlan.self, from: Data((row["plan"] as String).utf8)),
                policy: try decoder.decode(SLAPolicy.self, from: Data((row["policy"] as String).utf8)),
                templates: templates, actions: actions, startedAt: row["startedAt"], finishedAt: row["finishedAt"],
                report: try (row["report"] as String?).map { try decoder.decode(ShiftKPIs.self, from: Data($0.utf8)) })
        }
    }
}
