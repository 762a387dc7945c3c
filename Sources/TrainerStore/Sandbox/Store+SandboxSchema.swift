import GRDB

extension Store {
    /// Migration v8-sandbox: shifts as served (the plan, the SLA policy and every ticket's template
    /// frozen as JSON), every action as taken, drafts for supervised mode and who is supervised.
    /// Never edit once shipped.
    static func createSandboxTables(_ db: Database) throws {
        try db.create(table: "shift") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("user", inTable: "user").notNull()
            t.column("seed", .integer).notNull()
            t.column("minutes", .integer).notNull()
            t.column("supervised", .boolean).notNull().defaults(to: false)
            // ShiftPlan and SLAPolicy as JSON: what the shift was run and graded against.
            t.column("plan", .text).notNull()
            t.column("policy", .text).notNull()
            t.column("startedAt", .datetime).notNull()
            t.column("finishedAt", .datetime)
            // The grades and figures, once ended (ShiftKPIs as JSON), and the figures as columns for trends.
            t.column("report", .text)
            t.column("tickets", .integer)
            t.column("firstResponseMedian", .double)
            t.column("slaMetShare", .double)
            t.column("triageAccuracy", .double)
            t.column("fcrShare", .double)
            t.column("closed", .integer)
            t.column("csat", .double)
        }
        try db.create(index: "shift_on_user", on: "shift", columns: ["userId", "finishedAt"])
        try db.create(table: "shiftTicket") { t in
            t.belongsTo("shift", onDelete: .cascade).notNull()
            t.column("number", .integer).notNull()
            t.column("templateId", .text).notNull()
            t.column("template", .text).notNull()
            t.primaryKey(["shiftId", "number"])
        }
        try db.create(table: "shiftAction") { t in
            t.belongsTo("shift", onDelete: .cascade).notNull()
            t.column("position", .integer).notNull()
            // ShiftAction as JSON; replaying the actions in order rebuilds the shift.
            t.column("action", .text).notNull()
            t.belongsTo("by", inTable: "user").notNull()
            t.column("at", .datetime).notNull()
            t.primaryKey(["shiftId", "position"])
        }
        try db.create(table: "shiftDraft") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("shift", onDelete: .cascade).notNull()
            t.column("ticket", .integer).notNull()
            t.column("text", .text).notNull()
            t.column("state", .text).notNull().defaults(to: "waiting").check(sql: "state IN ('waiting', 'approved', 'returned')")
            t.column("comment", .text)
            t.column("writtenAt", .datetime).notNull()
            t.belongsTo("decidedBy", inTable: "user")
            t.column("decidedAt", .datetime)
        }
        try db.create(index: "shiftDraft_on_state", on: "shiftDraft", columns: ["state", "shiftId"])
        try db.create(table: "sandboxSupervision") { t in
            t.primaryKey("userId", .integer).references("user")
            t.column("supervised", .boolean).notNull()
            t.belongsTo("setBy", inTable: "user").notNull()
            t.column("setAt", .datetime).notNull()
        }
    }
}
