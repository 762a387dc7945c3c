import GRDB

/// Answers name their served version by an integer as well as by its hash (v12), so listings
/// and exports over a million answers look versions up in an array instead of hashing 64 bytes
/// per answer (Benchmarks/README.md, "results --json after v12"). The hash stays what makes two
/// versions the same; every writer stores both, and `db check` holds them to each other. Each
/// copy also keeps its key apart (`correctIds`), so a listing need not parse 50,000 bodies.
extension Store {
    static func registerServedIDs(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v12-served-ids") { db in
            // An explicit integer key: the implicit rowid may change under VACUUM. Ids keep the
            // rowids' order, so versions stay numbered as they were first served.
            try db.create(table: "servedQuestionV12") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("hash", .text).notNull().unique()
                t.column("questionId", .text).notNull()
                t.column("body", .text).notNull()
                /// `ServedQuestion.correctIDs(of: body)`, kept: NULL where that is NULL.
                t.column("correctIds", .text)
            }
            try db.execute(sql: """
                INSERT INTO servedQuestionV12 (id, hash, questionId, body, correctIds)
                SELECT rowid, hash, questionId, body, \(ServedQuestion.correctIDs(of: "body")) FROM servedQuestion ORDER BY rowid
                """)
            try db.drop(table: "servedQuestion")
            try db.rename(table: "servedQuestionV12", to: "servedQuestion")
            try db.alter(table: "attemptQuestion") { t in
                t.add(column: "servedId", .integer).references("servedQuestion")
            }
            try db.execute(sql: """
                UPDATE attemptQuestion SET servedId = (SELECT s.id FROM servedQuestion s WHERE s.hash = attemptQuestion.servedHash)
                WHERE servedHash IS NOT NULL
                """)
        }
    }

    /// Answers whose `servedId` names another copy than their `servedHash` (or a copy that is not
    /// there), as `attempt N, question P` lines; empty on a schema without the column.
    static func servedIDMismatches(_ db: Database, limit: Int = 20) throws -> [String] {
        guard try db.columns(in: "attemptQuestion").contains(where: { $0.name == "servedId" }) else { return [] }
        return try Row.fetchAll(db, sql: """
            SELECT q.attemptId, q.position FROM attemptQuestion q LEFT JOIN servedQuestion s ON s.id = q.servedId
            WHERE q.servedId IS NOT NULL AND q.servedHash IS NOT s.hash
            LIMIT ?
            """, arguments: [limit]).map { row in
            "attempt \(row[0] as Int64), question \((row[1] as Int64) + 1): its served id and hash name different copies"
        }
    }
}
