import Foundation
import GRDB
import Testing
import TrainerCore
@testable import TrainerStore
import TrainerTestSupport

/// v12 numbers the served copies and points every answer at its copy by that number as well as
/// by hash: the migration keeps every value it finds, each writer stores the id of its hash, and
/// `db check` finds an answer whose two disagree.
@Suite struct ServedIDTests {
    @Test func theMigrationKeepsEveryValueAndGivesEachAnswerTheIDOfItsHash() throws {
        let folder = TemporaryDirectory()
        let path = folder.path("trainer.sqlite")
        let old = try DatabaseQueue(path: path)
        try Store.migrator.migrate(old, upTo: "v11-mastery-summary")
        try old.write { db in try Self.writeHistory(db) }
        let (copies, answers) = try old.read { db in
            (try Row.fetchAll(db, sql: "SELECT rowid, hash, questionId, body FROM servedQuestion ORDER BY rowid"),
             try Row.fetchAll(db, sql: "SELECT * FROM attemptQuestion ORDER BY attemptId, position"))
        }
        try old.close()

        let store = try Store(path: path)
        #expect(try store.appliedMigrations().contains("v12-served-ids"))
        try store.writer.read { db in
            // Ids are the old rowids: versions keep the order they were first served in.
            let numbered = try Row.fetchAll(db, sql: "SELECT id, hash, questionId, body FROM servedQuestion ORDER BY id")
            #expect(numbered.map { Array($0.databaseValues) } == copies.map { Array($0.databaseValues) })
            // Each copy's key, kept apart: the first of `sample`'s two options is the right one.
            #expect(try String.fetchAll(db, sql: "SELECT correctIds FROM servedQuestion ORDER BY id") == [#"["1"]"#, #"["1"]"#])
            let migrated = try Row.fetchAll(db, sql: "SELECT * FROM attemptQuestion ORDER BY attemptId, position")
            #expect(migrated.count == answers.count)
            let ids = Dictionary(uniqueKeysWithValues: copies.map { ($0[1] as String, $0[0] as Int64) })
            for (before, after) in zip(answers, migrated) {
                for column in before.columnNames { #expect((after[column] as DatabaseValue) == (before[column] as DatabaseValue), "\(column)") }
                #expect((after["servedId"] as Int64?) == (before["servedHash"] as String?).flatMap { ids[$0] })
            }
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM attemptQuestion WHERE servedId IS NULL") == 2)
            #expect(try db.foreignKeyViolations().next() == nil)
        }
        #expect(Store.health(ofFileAt: path) == DatabaseHealth(problems: ["ok"], schemaVersion: Store.schemaVersion))
    }

    @Test func dbCheckNamesAnAnswerWhoseServedIDAndHashDisagree() throws {
        let folder = TemporaryDirectory()
        let path = folder.path("trainer.sqlite")
        let store = try Store(path: path)
        try store.writer.write { db in
            try Self.writeHistory(db)
            try db.execute(sql: "UPDATE attemptQuestion SET servedId = (SELECT id FROM servedQuestion WHERE hash = servedHash)")
        }
        #expect(Store.health(ofFileAt: path).isHealthy)
        try store.writer.write { db in
            try db.execute(sql: "UPDATE attemptQuestion SET servedId = 3 - servedId WHERE attemptId = 2 AND position = 1")
        }
        #expect(Store.health(ofFileAt: path).problems == ["attempt 2, question 2: its served id and hash name different copies"])
    }

    @Test func quizzesExamsAndUpgradedRecordsStoreTheIDOfTheirHash() throws {
        let store = try Store()
        let lead = try store.initialize(lead: NewAccount(name: "lena", role: .lead, passphrase: "x", iterations: fast), at: now)
        let ana = try store.addAccount(NewAccount(name: "ana", role: .trainee, passphrase: "x", iterations: fast), at: now)
        let questions = (1...3).map { DrawnQuestion(question: .sample("t-\($0)", topic: "t"), optionOrder: ["2", "1"]) }
        _ = try store.startAttempt(for: ana, kind: .quiz, topic: "t", passMark: 0.8, questions: questions, at: now)
        // The exam serves two of the same versions and a new one.
        let exam = [questions[0], questions[2], DrawnQuestion(question: .sample("t-4", topic: "t"), optionOrder: ["1", "2"])]
        let blueprint = ExamBlueprint(id: "cert", title: "Cert", minutes: 30, pass: 0.5, sections: [.init(topic: "t", count: 3)])
        let session = try store.openExamSession(blueprint, forms: [(candidate: ana, questions: exam)], opensAt: now, by: lead, at: now)
        _ = try store.beginExam(session: session, for: ana, at: now)
        let rows = try store.writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT q.servedId, s.id FROM attemptQuestion q LEFT JOIN servedQuestion s ON s.hash = q.servedHash ORDER BY q.attemptId, q.position
                """)
        }
        #expect(rows.count == 6)
        #expect(try store.writer.read { db in try String.fetchAll(db, sql: "SELECT correctIds FROM servedQuestion") } == Array(repeating: #"["1"]"#, count: 4))
        #expect(rows.allSatisfy { ($0[0] as Int64?) != nil && ($0[0] as Int64?) == ($0[1] as Int64?) })
        #expect(try store.writer.read { db in try Store.servedIDMismatches(db) }.isEmpty)
    }

    @Test func recordsFromBeforeV4GetTheIDsOfTheCopiesTheUpgradeFreezes() throws {
        let folder = TemporaryDirectory()
        let fixture = SchemaLifecycleTests.fixtures.appendingPathComponent("schema-v3.sqlite")
        try FileManager.default.copyItem(at: fixture, to: folder.url.appendingPathComponent("old.sqlite"))
        let store = try Store(path: folder.path("old.sqlite"))
        #expect(try store.upgradeLegacyRecords(question: { _ in nil }, plan: { _ in nil }) == 2)
        try store.writer.read { db throws in
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM attemptQuestion WHERE servedId IS NULL") == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM attemptQuestion") ?? 0 > 0)
            #expect(try Store.servedIDMismatches(db).isEmpty)
        }
    }

    /// Two users' attempts straight into the schema: two served versions shared by several
    /// answers, and two answers from before copies were kept.
    static func writeHistory(_ db: Database) throws {
        for (id, name) in [(1, "ana"), (2, "ben")] {
            try db.execute(sql: """
                INSERT INTO user (id, name, role, passphraseHash, passphraseSalt, passphraseIterations, createdAt)
                VALUES (?, ?, 'trainee', x'00', x'00', 1, '2026-11-20 09:00:00.000')
                """, arguments: [id, name])
        }
        let copies = try [Question.sample("q-1", topic: "t"), .sample("q-2", topic: "t", prompt: "Then?")].map { question in
            let copy = try Store.servedCopy(of: question)
            try db.execute(sql: "INSERT INTO servedQuestion (hash, questionId, body) VALUES (?, ?, ?)",
                           arguments: [copy.hash, question.id, copy.body])
            return (question.id, copy.hash)
        }
        for attempt in 1...3 {
            try db.execute(sql: """
                INSERT INTO attempt (id, userId, kind, topic, passMark, startedAt, finishedAt, score, passed)
                VALUES (?, ?, 'quiz', 't', 0.8, '2026-11-21 09:00:00.000', '2026-11-21 09:05:00.000', 0.5, 0)
                """, arguments: [attempt, attempt % 2 + 1])
            for position in 0..<3 {
                // The last position of the first two attempts was answered before copies were kept.
                let copy = position == 2 && attempt < 3 ? nil : copies[(attempt + position) % 2]
                try db.execute(sql: """
                    INSERT INTO attemptQuestion (attemptId, position, questionId, topic, optionOrder, chosen, credit, answeredAt, servedHash)
                    VALUES (?, ?, ?, 't', '1,2', '1', 1.0, '2026-11-21 09:01:00.000', ?)
                    """, arguments: [attempt, position, copy?.0 ?? "q-old", copy?.1])
            }
        }
    }
}
