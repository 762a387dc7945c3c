import Foundation
import GRDB
import Testing
import TrainerCore
@testable import TrainerStore
import TrainerTestSupport

/// Every released schema migrates forward, keeping its records; a newer one is refused untouched.
///
/// `Fixtures/schema-vN.sqlite` is a database as release N left it, written by `recordFixtures`
/// (run with TRAINER_RECORD_FIXTURES=1) from the migrations of that release, which never change.
@Suite struct SchemaLifecycleTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let releases = ["v1-accounts", "v2-quizzes", "v3-plans"]

    /// The week plan the fixtures' trainee follows.
    let plan = Plan(track: "week", title: "Week", workingDays: [.mon, .tue, .wed, .thu, .fri], days: [
        PlanDay(day: 1, title: "Monday", items: [PlanItem(kind: .task, ref: "Laptop"), PlanItem(kind: .lesson, ref: "intro"),
                                                 PlanItem(kind: .quiz, ref: "alpha")]),
        PlanDay(day: 2, title: "Tuesday", items: [PlanItem(kind: .task, ref: "Shadowing"), PlanItem(kind: .meeting, ref: "mentor")]),
    ])

    func openCopy(of release: Int) throws -> (Store, TemporaryDirectory) {
        let folder = TemporaryDirectory()
        let fixture = Self.fixtures.appendingPathComponent("schema-v\(release).sqlite")
        try FileManager.default.copyItem(at: fixture, to: folder.url.appendingPathComponent("old.sqlite"))
        return (try Store(path: folder.path("old.sqlite")), folder)
    }

    @Test(arguments: 1...3) func eachReleasedSchemaMigratesForwardKeepingItsAccounts(release: Int) throws {
        let (store, folder) = try openCopy(of: release)
        _ = folder
        #expect(try store.appliedMigrations() == Store.migrator.migrations)
        let tom = try store.authenticate(name: "tom", passphrase: "tom-passphrase", at: Date())
        #expect(tom.mentor == "mark" && tom.track == "week")
        #expect(try store.hasLegacyRecords() == (release >= 2))
    }

    @Test(arguments: 2...3) func attemptsFromBeforeV4AreFrozenFromTodaysContentAndMarked(release: Int) throws {
        let (store, folder) = try openCopy(of: release)
        _ = folder
        let lena = try #require(try store.account(named: "olga"))
        let before = try store.attempts(visibleTo: lena).map { ($0.score, $0.answers.map(\.credit)) }
        let today = Question(id: "alpha-1", topic: "alpha", prompt: "As it stands today", options: [
            AnswerOption(id: "1", text: "Right", isCorrect: true), AnswerOption(id: "2", text: "Wrong", isCorrect: false),
        ])
        #expect(try store.upgradeLegacyRecords(question: { $0 == "alpha-1" ? today : nil }, plan: { $0 == "week" ? plan : nil }) == 2)
        #expect(try !store.hasLegacyRecords())
        let after = try store.attempts(visibleTo: lena)
        #expect(after.allSatisfy { $0.reconstructed })
        let same = after.map { ($0.score, $0.answers.map(\.credit)) }.elementsEqual(before) { $0.0 == $1.0 && $0.1 == $1.1 }
        #expect(same)
        let first = try #require(after.last)
        #expect(first.answers.map(\.question.prompt).first == "As it stands today")
        #expect(first.answers.last?.question.prompt.contains("had left the banks") == true)

        // The plan's ticks: positional ones get keys; the meeting and the passed quiz tick their items.
        let tom = try #require(try store.account(named: "tom"))
        let ticked = try store.planFacts(for: tom).ticked
        #expect(ticked.contains("d1-quiz-alpha"))
        if release >= 3 {
            #expect(ticked == ["d1-task-laptop", "d1-quiz-alpha", "d2-meeting-mentor"])
            #expect(try store.meetings(for: tom).map(\.itemKey) == ["d2-meeting-mentor"])
        }
    }

    @Test func aDatabaseFromANewerTrainerIsRefusedAndItsBytesStay() throws {
        let folder = TemporaryDirectory()
        let path = folder.path("future.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try Store.migrator.migrate(queue)
            try queue.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-future')")
                try db.execute(sql: "PRAGMA user_version = 99")
            }
            try queue.close()
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.newerSchema(path: path, found: 99, known: Store.schemaVersion, unknownMigrations: ["v99-future"])) {
            try Store(path: path)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect("\(StoreError.newerSchema(path: path, found: 9, known: 4, unknownMigrations: ["v9-x"]))"
            .contains("schema version 9; this trainer knows up to 4; migrations it does not know: v9-x"))
    }

    @Test func theSchemaVersionIsStamped() throws {
        let folder = TemporaryDirectory()
        _ = try Store(path: folder.path("new.sqlite"))
        #expect(Store.health(ofFileAt: folder.path("new.sqlite")) == DatabaseHealth(problems: ["ok"], schemaVersion: Store.schemaVersion))
    }

    // MARK: - Recording the fixtures

    @Test(.enabled(if: ProcessInfo.processInfo.environment["TRAINER_RECORD_FIXTURES"] == "1"))
    func recordFixtures() throws {
        try FileManager.default.createDirectory(at: Self.fixtures, withIntermediateDirectories: true)
        for (index, release) in Self.releases.enumerated() {
            let path = Self.fixtures.appendingPathComponent("schema-v\(index + 1).sqlite").path
            try? FileManager.default.removeItem(atPath: path)
            let queue = try DatabaseQueue(path: path)
            try Store.migrator.migrate(queue, upTo: release)
            try queue.write { db in try Self.writeHistory(upTo: index + 1, db) }
            try queue.close()
        }
    }

    /// What a team had recorded by each release, in that release's own tables.
    static func writeHistory(upTo release: Int, _ db: Database) throws {
        let at = Date(timeIntervalSince1970: 1_795_000_000)
        for (name, role, mentor, track) in [("olga", "lead", nil, nil), ("mark", "mentor", nil, nil), ("tom", "trainee", "mark", "week")] as [(String, String, String?, String?)] {
            let hash = try PassphraseHasher.hash("\(name)-passphrase", iterations: 1_000)
            try db.execute(sql: """
                INSERT INTO user (name, role, mentorId, track, startDay, passphraseHash, passphraseSalt, passphraseIterations, createdAt)
                VALUES (?, ?, (SELECT id FROM user WHERE name = ?), ?, ?, ?, ?, ?, ?)
                """, arguments: [name, role, mentor, track, track.map { _ in "2026-11-16" }, hash.hash, hash.salt, hash.iterations, at])
        }
        guard release >= 2 else { return }
        let tom = "(SELECT id FROM user WHERE name = 'tom')"
        try db.execute(sql: """
            INSERT INTO attempt (id, userId, kind, topic, passMark, startedAt, finishedAt, score, passed)
            VALUES (1, \(tom), 'quiz', 'alpha', 0.8, ?, ?, 0.5, 0), (2, \(tom), 'quiz', 'alpha', 0.8, ?, ?, 1.0, 1)
            """, arguments: [at, at.addingTimeInterval(60), at.addingTimeInterval(3_600), at.addingTimeInterval(3_660)])
        try db.execute(sql: """
            INSERT INTO attemptQuestion (attemptId, position, questionId, topic, optionOrder, chosen, credit, answeredAt) VALUES
            (1, 0, 'alpha-1', 'alpha', '2,1', '1', 1, ?), (1, 1, 'alpha-gone', 'alpha', '1,2,3', '2', 0, ?),
            (2, 0, 'alpha-1', 'alpha', '1,2', '1', 1, ?), (2, 1, 'alpha-gone', 'alpha', '3,1,2', '1', 1, ?)
            """, arguments: [at, at, at.addingTimeInterval(3_600), at.addingTimeInterval(3_600)])
        try db.execute(sql: "INSERT INTO reviewItem (userId, questionId, step, dueDay) VALUES (\(tom), 'alpha-gone', 0, '2026-11-24')")
        guard release >= 3 else { return }
        let mark = "(SELECT id FROM user WHERE name = 'mark')"
        try db.execute(sql: "INSERT INTO itemTick (userId, itemKey, byId, at) VALUES (\(tom), '1.1', \(tom), ?)", arguments: [at])
        try db.execute(sql: "INSERT INTO lessonRead (userId, lesson, at) VALUES (\(tom), 'week/intro', ?)", arguments: [at])
        try db.execute(sql: "INSERT INTO meeting (userId, mentorId, notes, outcome, at) VALUES (\(tom), \(mark), 'Good start', 'ok', ?)", arguments: [at])
        try db.execute(sql: """
            INSERT INTO planChange (userId, kind, day, days, why, byId, at) VALUES (\(tom), 'shift', '2026-11-17', 1, 'sick', \(mark), ?)
            """, arguments: [at])
        try db.execute(sql: """
            INSERT INTO selfReview (userId, week, frequentProblem, busiestTimes, otherPatterns, at)
            VALUES (\(tom), 1, 'Numbers', 'Mondays', 'Agencies', ?)
            """, arguments: [at])
    }
}
