import Foundation
import GRDB
import Testing
import TrainerCore
@testable import TrainerStore
import TrainerTestSupport

/// The last agent turn kept per trainee (v13) is what seeking every role-play's last agent turn
/// gives (the desk's former query, the oracle below): after the migration's backfill of turns
/// written straight into the schema, and after turns recorded live, in any order of time.
@Suite struct LastAgentTurnTests {
    static let scenario = Scenario(
        id: "hello", title: "Hello", track: "basic", difficulty: .easy, brief: "Say hello.",
        customer: .init(name: "Ada", company: "Engines", tier: "Start", channel: .chat, mood: "calm", patience: 3),
        facts: [], start: "a", nodes: [.init(id: "a", say: ["Hi?"], ending: .resolved)])
    static let script = RolePlayScript(scenario, library: [])
    static let speakers: [StoredRolePlay.Speaker] = [.agent, .agent, .customer, .hint]

    @Test(arguments: 1...8 as ClosedRange<UInt64>)
    func theBackfillAndLiveTurnsMatchEveryRolePlaysLastAgentTurn(seed: UInt64) throws {
        let folder = TemporaryDirectory()
        let path = folder.path("trainer.sqlite")
        var random = SeededGenerator(seed: seed)
        let old = try DatabaseQueue(path: path)
        try Store.migrator.migrate(old, upTo: "v12-served-ids")
        try old.write { db in
            for user in 1...4 {
                try db.execute(sql: """
                    INSERT INTO user (id, name, role, passphraseHash, passphraseSalt, passphraseIterations, createdAt)
                    VALUES (?, ?, 'trainee', x'00', x'00', 1, ?)
                    """, arguments: [user, "trainee-\(user)", now])
            }
            for rolePlay in 1...12 {
                try db.execute(sql: """
                    INSERT INTO rolePlay (id, userId, scenarioId, title, mode, script, passMark, startedAt) VALUES (?, ?, 'hello', 'Hello', 'solo', '{}', 70, ?)
                    """, arguments: [rolePlay, Int.random(in: 1...3, using: &random), now])
                for position in 0..<Int.random(in: 0...6, using: &random) {
                    try db.execute(sql: "INSERT INTO rolePlayTurn (rolePlayId, position, speaker, text, at) VALUES (?, ?, ?, 'x', ?)",
                                   arguments: [rolePlay, position, (Self.speakers.randomElement(using: &random) ?? .agent).rawValue,
                                               now.addingTimeInterval(Double(Int.random(in: 0...50, using: &random)) * 60)])
                }
            }
        }
        try old.close()

        let store = try Store(path: path)
        try expectSummaryMatchesTheTurns(store)
        let trainees = try (1...4).compactMap { try store.account(named: "trainee-\($0)") }
        var open: [Int64] = []
        for _ in 0..<40 {
            // Times jump back and forth: the summary keeps the latest, not the last written.
            let at = now.addingTimeInterval(Double(Int.random(in: 0...80, using: &random)) * 60)
            if open.isEmpty || Int.random(in: 0..<4, using: &random) == 0 {
                let trainee = trainees.randomElement(using: &random) ?? trainees[0]
                open.append(try store.startRolePlay(for: trainee, script: Self.script, mode: .solo, passMark: 70, opening: ["Hi?"], at: at))
            } else if let id = open.randomElement(using: &random) {
                try store.recordTurn(id, speaker: Self.speakers.randomElement(using: &random) ?? .agent, text: "hello", at: at)
            }
            try expectSummaryMatchesTheTurns(store)
        }
    }

    /// The kept rows, and each trainee's last activity (they have no other records), against the oracle.
    private func expectSummaryMatchesTheTurns(_ store: Store, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (kept, expected) = try store.writer.read { db in
            (try Row.fetchAll(db, sql: "SELECT userId, at FROM lastAgentTurn").reduce(into: [Int64: Date]()) { $0[$1["userId"]] = $1["at"] },
             try Row.fetchAll(db, sql: """
                SELECT r.userId, MAX((SELECT MAX(t.at) FROM rolePlayTurn t WHERE t.rolePlayId = r.id AND t.speaker = 'agent')) AS at
                FROM rolePlay r GROUP BY r.userId
                """).reduce(into: [Int64: Date]()) { last, row in if let at = row["at"] as Date? { last[row["userId"]] = at } })
        }
        #expect(kept == expected, sourceLocation: sourceLocation)
        for user in 1...4 {
            guard let trainee = try store.account(named: "trainee-\(user)") else { continue }
            #expect(try store.traineeActivity(of: trainee).lastActivity == expected[Int64(user)], "trainee-\(user)", sourceLocation: sourceLocation)
        }
    }
}

@Suite struct LastAgentTurnCheckTests {
    @Test func dbCheckReportsAKeptTurnTheTurnsDoNotSay() throws {
        let folder = TemporaryDirectory()
        let path = folder.path("trainer.sqlite")
        let store = try Store(path: path)
        let tom = try store.addAccount(NewAccount(name: "tom", role: .trainee, passphrase: "x", iterations: fast), at: now)
        let id = try store.startRolePlay(for: tom, script: LastAgentTurnTests.script, mode: .solo, passMark: 70, opening: ["Hi?"], at: now)
        try store.recordTurn(id, speaker: .agent, text: "hello", at: now)
        #expect(Store.health(ofFileAt: path).isHealthy)
        try store.writer.write { db in try db.execute(sql: "UPDATE lastAgentTurn SET at = '2001-01-01 00:00:00.000'") }
        #expect(Store.health(ofFileAt: path).problems == ["tom's last role-play turn is kept as 2001-01-01 00:00:00.000, their turns say 2026-11-18 11:06:40.000"])
    }
}
