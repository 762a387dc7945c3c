import GRDB

extension Store {
    /// Migration v5-roleplay: role-play sessions as played (the script they were scored against,
    /// every turn as taken) and the mentor's grade. Never edit once shipped.
    static func createRolePlayTables(_ db: Database) throws {
        try db.create(table: "rolePlay") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("user", inTable: "user").notNull()
            t.column("scenarioId", .text).notNull()
            t.column("title", .text).notNull()
            t.column("mode", .text).notNull().check(sql: "mode IN ('solo', 'live')")
            // The mentor who played the customer in a live session.
            t.belongsTo("partner", inTable: "user")
            // The scenario with its resolved intents and rubric, as JSON: what the session is scored against.
            t.column("script", .text).notNull()
            t.column("passMark", .integer).notNull()
            t.column("startedAt", .datetime).notNull()
            t.column("finishedAt", .datetime)
            t.column("abandoned", .boolean).notNull().defaults(to: false)
            t.column("outcome", .text)
            t.column("score", .integer)
            t.column("passed", .boolean)
            t.column("hints", .integer).notNull().defaults(to: 0)
            t.column("criteria", .text)
            t.column("mentorScore", .integer)
            t.column("mentorComment", .text)
            t.belongsTo("gradedBy", inTable: "user")
            t.column("gradedAt", .datetime)
        }
        try db.create(index: "rolePlay_on_user_scenario", on: "rolePlay", columns: ["userId", "scenarioId", "finishedAt"])
        try db.create(table: "rolePlayTurn") { t in
            t.belongsTo("rolePlay", onDelete: .cascade).notNull()
            t.column("position", .integer).notNull()
            t.column("speaker", .text).notNull().check(sql: "speaker IN ('customer', 'agent', 'hint')")
            t.column("text", .text).notNull()
            t.column("intents", .text).notNull().defaults(to: "")
            t.column("at", .datetime).notNull()
            t.primaryKey(["rolePlayId", "position"])
        }
    }
}
