import Foundation
import GRDB
import TrainerCore

extension Store {
    /// Records a new role-play with its script and the customer's opening lines, in one transaction.
    public func startRolePlay(for user: Account, script: RolePlayScript, mode: StoredRolePlay.Mode, partner: Account? = nil,
                              passMark: Int, opening: [String], at now: Date) throws -> Int64 {
        let body = String(decoding: try JSONEncoder().encode(script), as: UTF8.self)
        return try writer.write { db in
            try db.execute(sql: """
                INSERT INTO rolePlay (userId, scenarioId, title, mode, partnerId, script, passMark, startedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [user.id, script.scenario.id, script.scenario.title, mode.rawValue, partner?.id, body, passMark, now])
            let id = db.lastInsertedRowID
            for line in opening { try Store.appendTurn(id, .customer, line, intents: [], at: now, db) }
            return id
        }
    }

    /// Commits one turn the moment it is taken, so a killed process loses nothing.
    public func recordTurn(_ rolePlay: Int64, speaker: StoredRolePlay.Speaker, text: String, intents: [String] = [], at now: Date) throws {
        try writer.write { db in
            try Store.requireOpen(rolePlay, db)
            try Store.appendTurn(rolePlay, speaker, text, intents: intents, at: now, db)
            if speaker == .hint { try db.execute(sql: "UPDATE rolePlay SET hints = hints + 1 WHERE id = ?", arguments: [rolePlay]) }
        }
    }

    /// Closes a role-play with the rubric's verdict; on a pass the plan milestone `milestone` is
    /// ticked in the same transaction.
    public func finishRolePlay(_ id: Int64, score: RolePlayScore, milestone: String?, at now: Date) throws {
        try writer.write { db in
            try Store.requireOpen(id, db)
            let criteria = String(decoding: try JSONEncoder().encode(score.criteria), as: UTF8.self)
            try db.execute(sql: """
                UPDATE rolePlay SET finishedAt = ?, outcome = ?, score = ?, passed = ?, criteria = ? WHERE id = ?
                """, arguments: [now, score.ending?.rawValue, score.score, score.passed, criteria, id])
            if score.passed, let milestone, let userID = try Int64.fetchOne(db, sql: "SELECT userId FROM rolePlay WHERE id = ?", arguments: [id]) {
                try Store.tick(milestone, userID: userID, byID: userID, attemptID: nil, at: now, db)
            }
        }
    }

    /// Leaves an open role-play behind (the trainee chose a fresh start); its turns stay.
    public func abandonRolePlay(_ id: Int64, at now: Date) throws {
        try writer.write { db in
            try db.execute(sql: "UPDATE rolePlay SET finishedAt = ?, abandoned = ? WHERE id = ? AND finishedAt IS NULL",
                           arguments: [now, true, id])
        }
    }

    /// The mentor's grade and comment; the trainee sees them in their history. A regrade replaces the grade.
    public func gradeRolePlay(_ id: Int64, by mentor: Account, score: Int, comment: String, at now: Date) throws {
        try writer.write { db in
            let visible = Store.visibleUsers(to: mentor)
            guard let row = try Row.fetchOne(db, sql: """
                SELECT r.finishedAt, r.abandoned, u.id AS owner FROM rolePlay r JOIN user u ON u.id = r.userId WHERE r.id = ? AND \(visible.sql)
                """, arguments: [id] + visible.arguments), (row["owner"] as Int64) != mentor.id else {
                throw StoreError.notFound("no role-play \(id) of one of your trainees")
            }
            guard (row["finishedAt"] as Date?) != nil, !(row["abandoned"] as Bool) else {
                throw StoreError.notAllowed("role-play \(id) is not finished: grade it once it has ended")
            }
            try db.execute(sql: "UPDATE rolePlay SET mentorScore = ?, mentorComment = ?, gradedById = ?, gradedAt = ? WHERE id = ?",
                           arguments: [score, comment, mentor.id, now, id])
        }
    }

    /// The newest open solo role-play of a scenario, to resume (a live one ends with its session).
    public func openRolePlay(for user: Account, scenario: String) throws -> StoredRolePlay? {
        try writer.read { db in
            try Store.rolePlays(where: "r.userId = ? AND r.scenarioId = ? AND r.finishedAt IS NULL AND r.mode = 'solo'",
                                arguments: [user.id, scenario], db).last
        }
    }

    /// One role-play, if `viewer` may see it (their own, their trainee's, anyone's for a lead).
    public func rolePlay(_ id: Int64, visibleTo viewer: Account) throws -> StoredRolePlay? {
        try writer.read { db in
            let visible = Store.visibleUsers(to: viewer)
            return try Store.rolePlays(where: "r.id = ? AND \(visible.sql)", arguments: [id] + visible.arguments, db).first
        }
    }

    /// Role-plays `viewer` may see, oldest first, as listings show them (no script, no turns);
    /// optionally one person's, and only each person's `latest` ones (`show` lists ten of a
    /// history that may hold hundreds).
    public func rolePlays(visibleTo viewer: Account, of name: String? = nil, latest: Int? = nil) throws -> [RolePlaySummary] {
        try writer.read { db in
            var (filter, arguments) = Store.visibleUsers(to: viewer, named: name)
            if let latest {
                filter += " AND r.id IN (SELECT x.id FROM rolePlay x WHERE x.userId = r.userId ORDER BY x.id DESC LIMIT ?)"
                arguments += [latest]
            }
            return try Row.fetchAll(db, sql: Store.rolePlaySelect(Store.summaryColumns, where: filter), arguments: arguments)
                .map(Store.rolePlaySummary)
        }
    }

    /// Finished role-plays of a trainee that no mentor has graded yet (the mentor desk counts them).
    public func rolePlaysAwaitingGrade(of user: Account) throws -> Int {
        try writer.read { db in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM rolePlay WHERE userId = ? AND finishedAt IS NOT NULL AND abandoned = 0 AND gradedAt IS NULL
                """, arguments: [user.id]) ?? 0
        }
    }

    /// Scenarios the user has passed at least once.
    public func passedScenarios(of user: Account) throws -> Set<String> {
        try writer.read { db in
            Set(try String.fetchAll(db, sql: "SELECT DISTINCT scenarioId FROM rolePlay WHERE userId = ? AND passed = 1", arguments: [user.id]))
        }
    }

    // MARK: - Inside a transaction

    static func requireOpen(_ id: Int64, _ db: Database) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT finishedAt FROM rolePlay WHERE id = ?", arguments: [id]) else {
            throw StoreError.notFound("no role-play \(id)")
        }
        guard (row["finishedAt"] as Date?) == nil else { throw StoreError.notAllowed("role-play \(id) has ended: its turns can no longer change") }
    }

    static func appendTurn(_ id: Int64, _ speaker: StoredRolePlay.Speaker, _ text: String, intents: [String], at now: Date, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO rolePlayTurn (rolePlayId, position, speaker, text, intents, at)
            VALUES (?, (SELECT COALESCE(MAX(position), -1) + 1 FROM rolePlayTurn WHERE rolePlayId = ?), ?, ?, ?, ?)
            """, arguments: [id, id, speaker.rawValue, text, IDList.encode(intents), now])
        if speaker == .agent { try keepLastAgentTurn(rolePlayID: id, at: now, db) }
    }

    /// The columns of a role-play's summary (`rolePlaySummary(_:)` reads them).
    static let summaryColumns = """
        r.id, r.scenarioId, r.title, r.mode, r.passMark, r.startedAt, r.finishedAt, r.abandoned, r.outcome, r.score, r.passed,
        r.hints, r.mentorScore, r.mentorComment, r.gradedAt
        """

    /// `columns` of the role-plays matching `filter` (over `rolePlay r JOIN user u`), oldest first,
    /// with the names of their owner, partner and grader.
    static func rolePlaySelect(_ columns: String, where filter: String) -> String {
        """
        SELECT \(columns), u.name AS userName, p.name AS partnerName, g.name AS graderName FROM rolePlay r
        JOIN user u ON u.id = r.userId LEFT JOIN user p ON p.id = r.partnerId LEFT JOIN user g ON g.id = r.gradedById
        WHERE \(filter) ORDER BY r.id
        """
    }

    /// A row of `rolePlaySelect` with at least `summaryColumns`.
    static func rolePlaySummary(_ row: Row) -> RolePlaySummary {
        var grade: RolePlaySummary.MentorGrade?
        if let score = row["mentorScore"] as Int?, let at = row["gradedAt"] as Date? {
            grade = .init(score: score, comment: row["mentorComment"] ?? "", by: row["graderName"] ?? "", at: at)
        }
        return RolePlaySummary(
            id: row["id"], user: row["userName"], scenario: row["scenarioId"], title: row["title"],
            mode: RolePlaySummary.Mode(rawValue: row["mode"]) ?? .solo, partner: row["partnerName"],
            passMark: row["passMark"], startedAt: row["startedAt"], finishedAt: row["finishedAt"], abandoned: row["abandoned"],
            outcome: (row["outcome"] as String?).flatMap(Scenario.Ending.init(rawValue:)), score: row["score"], passed: row["passed"],
            hints: row["hints"], mentor: grade)
    }

    /// Role-plays matching `filter` (over `rolePlay r JOIN user u`), oldest first, with their turns.
    static func rolePlays(where filter: String, arguments: StatementArguments, _ db: Database) throws -> [StoredRolePlay] {
        let rows = try Row.fetchAll(db, sql: rolePlaySelect("r.*", where: filter), arguments: arguments)
        guard !rows.isEmpty else { return [] }
        let turns = try Dictionary(grouping: Row.fetchAll(db, sql: """
            SELECT t.* FROM rolePlayTurn t JOIN rolePlay r ON r.id = t.rolePlayId JOIN user u ON u.id = r.userId
            WHERE \(filter) ORDER BY t.rolePlayId, t.position
            """, arguments: arguments)) { (row: Row) -> Int64 in row["rolePlayId"] }
        let decoder = JSONDecoder()
        // Role-plays of one scenario version store the same script: each text is decoded once.
        var scripts: [String: RolePlayScript] = [:]
        return try rows.map { row in
            let summary = rolePlaySummary(row)
            let text: String = row["script"]
            let script = try scripts[text] ?? decoder.decode(RolePlayScript.self, from: Data(text.utf8))
            scripts[text] = script
            let criteria = try (row["criteria"] as String?).map { try decoder.decode([CriterionResult].self, from: Data($0.utf8)) } ?? []
            return StoredRolePlay(
                summary: summary, script: script, criteria: criteria,
                turns: (turns[summary.id] ?? []).map { t in
                    StoredRolePlay.Turn(position: t["position"], speaker: StoredRolePlay.Speaker(rawValue: t["speaker"]) ?? .agent,
                                        text: t["text"], intents: IDList.decode(t["intents"]), at: t["at"])
                })
        }
    }
}
