import GRDB

extension Store {
    /// Named migrations, run forward only. Never edit one that has shipped: add a new one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-accounts") { db in
            try db.create(table: "user") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull().unique().collate(.nocase)
                t.column("role", .text).notNull().check(sql: "role IN ('trainee', 'mentor', 'lead')")
                t.belongsTo("mentor", inTable: "user")
                t.column("track", .text)
                t.column("startDay", .text)
                t.column("passphraseHash", .blob).notNull()
                t.column("passphraseSalt", .blob).notNull()
                t.column("passphraseIterations", .integer).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("removedAt", .datetime)
            }
        }
        migrator.registerMigration("v2-quizzes") { db in
            try db.create(table: "attempt") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("user", inTable: "user").notNull()
                t.column("kind", .text).notNull().check(sql: "kind IN ('quiz', 'review', 'exam')")
                t.column("topic", .text).notNull()
                t.column("passMark", .double).notNull()
                t.column("startedAt", .datetime).notNull()
                t.column("finishedAt", .datetime)
                t.column("abandoned", .boolean).notNull().defaults(to: false)
                t.column("score", .double)
                t.column("passed", .boolean)
            }
            try db.create(index: "attempt_on_user_topic", on: "attempt", columns: ["userId", "topic", "finishedAt"])
            try db.create(table: "attemptQuestion") { t in
                t.belongsTo("attempt", onDelete: .cascade).notNull()
                t.column("position", .integer).notNull()
                t.column("questionId", .text).notNull()
                t.column("topic", .text).notNull()
                t.column("optionOrder", .text).notNull()
                t.column("chosen", .text)
                t.column("credit", .double)
                t.column("answeredAt", .datetime)
                t.primaryKey(["attemptId", "position"])
            }
            try db.create(index: "attemptQuestion_on_question", on: "attemptQuestion", columns: ["questionId", "credit"])
            try db.create(table: "reviewItem") { t in
                t.belongsTo("user", inTable: "user").notNull()
                t.column("questionId", .text).notNull()
                t.column("step", .integer).notNull()
                t.column("dueDay", .text).notNull()
                t.primaryKey(["userId", "questionId"])
            }
            try db.create(index: "reviewItem_on_due", on: "reviewItem", columns: ["userId", "dueDay"])
        }
        migrator.registerMigration("v3-plans") { db in
            try db.create(table: "planChange") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("user", inTable: "user").notNull()
                t.column("kind", .text).notNull().check(sql: "kind IN ('shift', 'pause', 'resume', 'add')")
                t.column("day", .text).notNull()
                t.column("days", .integer).notNull().defaults(to: 0)
                t.column("planDay", .integer)
                t.column("itemKind", .text)
                t.column("itemRef", .text)
                t.column("why", .text).notNull()
                t.belongsTo("by", inTable: "user").notNull()
                t.column("at", .datetime).notNull()
            }
            try db.create(table: "lessonRead") { t in
                t.belongsTo("user", inTable: "user").notNull()
                t.column("lesson", .text).notNull()
                t.column("at", .datetime).notNull()
                t.primaryKey(["userId", "lesson"])
            }
            try db.create(table: "itemTick") { t in
                t.belongsTo("user", inTable: "user").notNull()
                t.column("itemKey", .text).notNull()
                t.belongsTo("by", inTable: "user").notNull()
                t.column("at", .datetime).notNull()
                t.primaryKey(["userId", "itemKey"])
            }
            try db.create(table: "meeting") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("user", inTable: "user").notNull()
                t.belongsTo("mentor", inTable: "user").notNull()
                t.column("notes", .text).notNull()
                t.column("outcome", .text).notNull().check(sql: "outcome IN ('ok', 'concern')")
                t.column("at", .datetime).notNull()
            }
            try db.create(table: "selfReview") { t in
                t.belongsTo("user", inTable: "user").notNull()
                t.column("week", .integer).notNull()
                t.column("frequentProblem", .text).notNull()
                t.column("busiestTimes", .text).notNull()
                t.column("otherPatterns", .text).notNull()
                t.column("at", .datetime).notNull()
                t.primaryKey(["userId", "week"])
            }
        }
        migrator.registerMigration("v4-records") { db in
            // Attempts keep the questions as served: one row per distinct version, shared by hash.
            try db.create(table: "servedQuestion") { t in
                t.primaryKey("hash", .text)
                t.column("questionId", .text).notNull()
                t.column("body", .text).notNull()
            }
            try db.alter(table: "attemptQuestion") { t in
                t.add(column: "servedHash", .text).references("servedQuestion")
            }
            try db.alter(table: "attempt") { t in
                t.add(column: "reconstructed", .boolean).notNull().defaults(to: false)
            }
            // Ticks, meetings and changes name plan items by their stable key.
            try db.alter(table: "itemTick") { t in
                t.add(column: "attemptId", .integer).references("attempt")
            }
            try db.alter(table: "meeting") { t in
                t.add(column: "itemKey", .text)
            }
            // planChange learns two kinds; SQLite changes a CHECK only by rebuilding the table.
            try db.create(table: "planChangeV4") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("user", inTable: "user").notNull()
                t.column("kind", .text).notNull().check(sql: "kind IN ('shift', 'pause', 'resume', 'add', 'start', 'untick')")
                t.column("day", .text).notNull()
                t.column("days", .integer).notNull().defaults(to: 0)
                t.column("planDay", .integer)
                t.column("itemKind", .text)
                t.column("itemRef", .text)
                t.column("itemKey", .text)
                t.column("why", .text).notNull()
                t.belongsTo("by", inTable: "user").notNull()
                t.column("at", .datetime).notNull()
            }
            try db.execute(sql: """
                INSERT INTO planChangeV4 (id, userId, kind, day, days, planDay, itemKind, itemRef, why, byId, at)
                SELECT id, userId, kind, day, days, planDay, itemKind, itemRef, why, byId, at FROM planChange
                """)
            try db.drop(table: "planChange")
            try db.rename(table: "planChangeV4", to: "planChange")
            try db.create(index: "planChange_on_user", on: "planChange", columns: ["userId", "id"])
            // Records written before v4 are tied to the content once it is loaded (see LegacyRecords).
            try db.create(table: "pendingUpgrade") { t in
                t.primaryKey("name", .text)
            }
            let hasHistory = try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM attempt) OR EXISTS (SELECT 1 FROM itemTick) OR EXISTS (SELECT 1 FROM meeting)
                """) ?? false
            if hasHistory {
                try db.execute(sql: "INSERT INTO pendingUpgrade (name) VALUES (?)", arguments: [LegacyRecords.upgradeName])
            }
        }
        registerAccountChanges(&migrator)
        migrator.registerMigration("v6-exams") { db in
            // A certification session: the blueprint's rules as they stood when it was opened.
            try db.create(table: "examSession") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("exam", .text).notNull()
                t.column("title", .text).notNull()
                t.column("minutes", .integer).notNull()
                t.column("passMark", .double).notNull()
                t.column("restDays", .integer).notNull()
                t.column("retireAfter", .integer).notNull()
                t.column("recertifyAfterDays", .integer)
                t.column("opensAt", .datetime).notNull()
                t.belongsTo("openedBy", inTable: "user").notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("closedAt", .datetime)
                t.belongsTo("closedBy", inTable: "user")
            }
            try db.alter(table: "attempt") { t in
                t.add(column: "examSessionId", .integer).references("examSession")
                t.add(column: "deadline", .datetime)
            }
            try db.create(table: "examCandidate") { t in
                t.belongsTo("session", inTable: "examSession").notNull()
                t.belongsTo("user", inTable: "user").notNull()
                t.belongsTo("attempt", inTable: "attempt")
                t.column("feedback", .text)
                t.belongsTo("feedbackBy", inTable: "user")
                t.column("feedbackAt", .datetime)
                t.primaryKey(["sessionId", "userId"])
            }
            // Each candidate's form as served: the exposures rotation counts.
            try db.create(table: "examFormItem") { t in
                t.belongsTo("session", inTable: "examSession").notNull()
                t.belongsTo("user", inTable: "user").notNull()
                t.column("position", .integer).notNull()
                t.column("questionId", .text).notNull()
                t.column("topic", .text).notNull()
                t.column("optionOrder", .text).notNull()
                t.column("servedHash", .text).notNull().references("servedQuestion")
                t.primaryKey(["sessionId", "userId", "position"])
            }
            try db.create(index: "examFormItem_on_user", on: "examFormItem", columns: ["userId", "questionId"])
            // Per item and exam: exposures and the latest session time, kept with every form so
            // that assembly reads one row per item instead of the whole history.
            try db.create(table: "examItemUse", options: [.withoutRowID]) { t in
                t.column("questionId", .text).notNull()
                t.column("exam", .text).notNull()
                t.column("topic", .text).notNull()
                t.column("exposures", .integer).notNull()
                t.column("lastUsedAt", .datetime).notNull()
                t.primaryKey(["questionId", "exam"])
            }
            // Item analysis sums per exam, item and chosen set ('' for unanswered), kept up to date
            // as each exam attempt is submitted (x: the item's credit, y: the rest of the form's
            // credit), so `exam items` reads a few rows per item however many answers exist.
            try db.create(table: "examItemSums", options: [.withoutRowID]) { t in
                t.column("exam", .text).notNull()
                t.column("questionId", .text).notNull()
                t.column("chosen", .text).notNull()
                t.column("responses", .integer).notNull()
                t.column("x", .double).notNull()
                t.column("y", .double).notNull()
                t.column("xx", .double).notNull()
                t.column("yy", .double).notNull()
                t.column("xy", .double).notNull()
                t.primaryKey(["exam", "questionId", "chosen"])
            }
            try db.create(table: "examRetirement") { t in
                t.primaryKey("questionId", .text)
                t.column("why", .text).notNull()
                t.belongsTo("by", inTable: "user").notNull()
                t.column("at", .datetime).notNull()
            }
            try db.create(table: "certificate") { t in
                t.autoIncrementedPrimaryKey("number")
                t.column("code", .text).notNull().unique()
                t.belongsTo("user", inTable: "user").notNull()
                t.column("exam", .text).notNull()
                t.column("examTitle", .text).notNull()
                t.column("score", .double).notNull()
                t.belongsTo("session", inTable: "examSession").notNull()
                t.belongsTo("attempt", inTable: "attempt").notNull()
                t.column("issuedDay", .text).notNull()
                t.column("recertifyDay", .text)
                t.column("issuedAt", .datetime).notNull()
            }
            try db.create(index: "certificate_on_user", on: "certificate", columns: ["userId", "exam", "issuedDay"])
        }
        migrator.registerMigration("v7-roleplay") { db in try Store.createRolePlayTables(db) }
        migrator.registerMigration("v8-sandbox") { db in try Store.createSandboxTables(db) }
        migrator.registerMigration("v9-report-indexes") { db in try Store.createReportIndexes(db) }
        Store.registerLoginGuard(&migrator)
        Store.registerMasterySummary(&migrator)
        Store.registerServedIDs(&migrator)
        Store.registerLastAgentTurn(&migrator)
        Store.registerCoveringAnswerIndexes(&migrator)
        return migrator
    }

    /// The schema version this trainer writes: the number of migrations it knows.
    public static var schemaVersion: Int { migrator.migrations.count }

    /// The name of the newest migration this trainer knows (`--version` shows it).
    public static var newestMigration: String { migrator.migrations.last ?? "none" }

    /// Names of the migrations applied to this database, oldest first.
    public func appliedMigrations() throws -> [String] {
        try writer.read { db in try Store.migrator.appliedMigrations(db) }
    }
}
