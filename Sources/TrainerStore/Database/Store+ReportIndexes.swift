import GRDB

extension Store {
    /// Migration v9-report-indexes: indexes that let the reports of a years-old, 500-person
    /// database read only what they show (Benchmarks/README.md, "Scale"). Never edit once shipped.
    static func createReportIndexes(_ db: Database) throws {
        // Mastery and last activity read a user's answers through their attempts: this index holds
        // every column they need, so the answers' rows (with served copies' hashes) stay unread.
        try db.create(index: "attemptQuestion_on_attempt_recency", on: "attemptQuestion",
                      columns: ["attemptId", "topic", "answeredAt", "credit"])
        // A user's attempts by kind, for quiz averages, plan facts and mastery.
        try db.create(index: "attempt_on_user_kind", on: "attempt", columns: ["userId", "kind", "finishedAt", "abandoned", "score"])
        // The last meeting per trainee.
        try db.create(index: "meeting_on_user", on: "meeting", columns: ["userId", "id"])
        // Role-plays waiting for a grade, and the agent's last turn.
        try db.create(index: "rolePlay_on_user_grade", on: "rolePlay", columns: ["userId", "gradedAt", "finishedAt"])
    }
}

extension Store {
    /// Migration v14-covering-answer-indexes: the meeting sheet reads a trainee's misses and review
    /// queue from indexes alone (Benchmarks/README.md, "Scale"). Never edit once shipped.
    static func registerCoveringAnswerIndexes(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v14-covering-answer-indexes") { db in
            // v9's answer index with the question id: the same reports read it as before.
            try db.drop(index: "attemptQuestion_on_attempt_recency")
            try db.create(index: "attemptQuestion_on_attempt_answers", on: "attemptQuestion",
                          columns: ["attemptId", "topic", "answeredAt", "credit", "questionId"])
            // The review queue in its listed order, without a sort or a visit to the table.
            try db.drop(index: "reviewItem_on_due")
            try db.create(index: "reviewItem_on_due_question", on: "reviewItem", columns: ["userId", "dueDay", "questionId"])
        }
    }
}
