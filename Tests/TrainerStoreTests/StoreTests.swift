import Foundation
import GRDB
import Testing
import TrainerCore
@testable import TrainerStore
import TrainerTestSupport

/// Tests hash with few iterations; the count is stored per hash, so verification is the same code.
let fast = 1_000
let now = Date(timeIntervalSince1970: 1_795_000_000)

@Suite struct StoreTests {
    @Test func migratesAnEmptyDatabase() throws {
        let store = try Store()
        #expect(try store.appliedMigrations() == Store.migrator.migrations)
        #expect(Store.migrator.migrations.first == "v1-accounts")
        #expect(try store.accountCount() == 0)
    }

    @Test func reopensAnExistingDatabaseKeepingItsData() throws {
        let folder = TemporaryDirectory()
        let path = folder.path("trainer.sqlite")
        try Store(path: path).initialize(lead: NewAccount(name: "ann", role: .lead, passphrase: "x", iterations: fast), at: now)
        let reopened = try Store(path: path)
        #expect(try reopened.appliedMigrations() == Store.migrator.migrations)
        #expect(try reopened.account(named: "ann")?.role == .lead)
    }

    @Test func upgradesADatabaseFromAnOlderSchemaKeepingItsAccounts() throws {
        let folder = TemporaryDirectory()
        let path = folder.path("old.sqlite")
        // A database as the first release left it: accounts only.
        let old = try DatabaseQueue(path: path)
        try Store.migrator.migrate(old, upTo: "v1-accounts")
        let hash = try PassphraseHasher.hash("old-passphrase", iterations: fast)
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO user (name, role, passphraseHash, passphraseSalt, passphraseIterations, createdAt)
                VALUES ('olga', 'lead', ?, ?, ?, ?)
                """, arguments: [hash.hash, hash.salt, hash.iterations, now])
        }
        try old.close()

        let store = try Store(path: path)
        #expect(try store.appliedMigrations() == Store.migrator.migrations)
        let olga = try store.authenticate(name: "olga", passphrase: "old-passphrase", at: Date())
        #expect(try store.attempts(visibleTo: olga).isEmpty)
    }

    @Test func createsTheFileOwnerOnly() throws {
        let folder = TemporaryDirectory()
        let path = folder.path("trainer.sqlite")
        _ = try Store(path: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test func aMissingFolderIsAnErrorNamingIt() throws {
        let folder = TemporaryDirectory()
        #expect(throws: StoreError.cannotCreate(path: folder.path("nested/t.sqlite"), reason: "the folder \(folder.path("nested")) does not exist")) {
            try Store(path: folder.path("nested/t.sqlite"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path("nested")))
    }

    @Test func initRefusesOnceAnyAccountExists() throws {
        let store = try Store()
        try store.initialize(lead: NewAccount(name: "ann", role: .lead, passphrase: "x", iterations: fast), at: now)
        #expect(throws: StoreError.notEmpty) {
            try store.initialize(lead: NewAccount(name: "bob", role: .lead, passphrase: "x", iterations: fast), at: now)
        }
    }

    @Test func authenticatesOnlyTheRightPassphrase() throws {
        let store = try Store()
        try store.initialize(lead: NewAccount(name: "ann", role: .lead, passphrase: "correct horse", iterations: fast), at: now)
        #expect(try store.authenticate(name: "ann", passphrase: "correct horse", at: Date()).name == "ann")
        #expect(throws: StoreError.wrongPassphrase("ann", seconds: 0)) { try store.authenticate(name: "ann", passphrase: "wrong", at: Date()) }
        #expect(throws: StoreError.unknownUser("zed")) { try store.authenticate(name: "zed", passphrase: "x", at: Date()) }
    }

    @Test func storesOnlyASaltedHashWithItsIterationCount() throws {
        let store = try Store()
        try store.addAccount(NewAccount(name: "a", role: .lead, passphrase: "same secret", iterations: fast), at: now)
        try store.addAccount(NewAccount(name: "b", role: .lead, passphrase: "same secret", iterations: fast), at: now)
        let rows = try store.writer.read { db in try Row.fetchAll(db, sql: "SELECT * FROM user ORDER BY name") }
        #expect(rows.count == 2)
        for row in rows {
            #expect(!row.columnNames.contains { $0.lowercased().contains("passphrase") && !$0.hasPrefix("passphrase") })
            #expect((row["passphraseHash"] as Data).count == 32)
            #expect(row["passphraseIterations"] as Int == fast)
            #expect(!String(decoding: row["passphraseHash"] as Data, as: UTF8.self).contains("same secret"))
        }
        #expect(rows[0]["passphraseSalt"] as Data != rows[1]["passphraseSalt"] as Data)
        #expect(rows[0]["passphraseHash"] as Data != rows[1]["passphraseHash"] as Data)
    }

    @Test func theRecommendedIterationCountIsOWASPs() throws {
        #expect(PassphraseHasher.recommendedIterations == 600_000)
        let hash = try PassphraseHasher.hash("pass-phrase", iterations: fast)
        #expect(PassphraseHasher.verify("pass-phrase", against: hash))
        #expect(!PassphraseHasher.verify("pass-phrasE", against: hash))
    }

    @Test func eachRoleSeesOnlyWhatItMay() throws {
        let store = try Store()
        let (lead, mark, tom, _) = try cohort(in: store)
        #expect(try store.accounts(visibleTo: lead).map(\.name) == ["lena", "mark", "olga", "sue", "tom"])
        #expect(try store.accounts(visibleTo: mark).map(\.name) == ["mark", "tom"])
        #expect(try store.accounts(visibleTo: tom).map(\.name) == ["tom"])
    }

    @Test func attemptListsKeepEachAttemptsOwnAnswersAndRespectRoles() throws {
        let store = try Store()
        let (lead, mark, tom, sue) = try cohort(in: store)
        func start(_ user: Account, _ topic: String, _ questions: [String]) throws -> Int64 {
            try store.startAttempt(for: user, kind: .quiz, topic: topic, passMark: 0.8,
                                   questions: questions.map { DrawnQuestion(question: .sample($0, topic: topic), optionOrder: ["2", "1"]) }, at: now)
        }
        let toms = try start(tom, "calls", ["calls-1", "calls-2"])
        let sues = try start(sue, "billing", ["billing-1", "billing-2", "billing-3"])
        try store.recordAnswer(["1"], attempt: sues, position: 1, by: sue, at: now)

        let all = try store.attempts(visibleTo: lead)
        #expect(all.map(\.id) == [sues, toms])
        #expect(all.map { $0.answers.map(\.questionID) } == [["billing-1", "billing-2", "billing-3"], ["calls-1", "calls-2"]])
        #expect(all.first?.answers.map(\.chosen) == [nil, ["1"], nil])
        #expect(try store.attempts(visibleTo: mark).map(\.user) == ["tom"])
        #expect(try store.attempts(visibleTo: lead, of: "sue").map(\.id) == [sues])
        #expect(try store.attempts(visibleTo: lead, kinds: [.exam]).isEmpty)
        #expect(try store.attempt(sues, visibleTo: mark) == nil)
        #expect(try store.attempt(toms, visibleTo: tom)?.answers.count == 2)
    }

    @Test func aMentorMustBeAMentor() throws {
        let store = try Store()
        try store.addAccount(NewAccount(name: "tom", role: .trainee, passphrase: "x", iterations: fast), at: now)
        #expect(throws: StoreError.notAMentor("tom")) {
            try store.addAccount(NewAccount(name: "sue", role: .trainee, mentor: "tom", passphrase: "x", iterations: fast), at: now)
        }
        #expect(throws: StoreError.nameTaken("TOM")) {
            try store.addAccount(NewAccount(name: "TOM", role: .trainee, passphrase: "x", iterations: fast), at: now)
        }
    }

    @Test func removingKeepsTheLastLead() throws {
        let store = try Store()
        try store.addAccount(NewAccount(name: "lena", role: .lead, passphrase: "x", iterations: fast), at: now)
        #expect(throws: StoreError.self) { try store.removeAccount(named: "lena", at: now) }
        try store.addAccount(NewAccount(name: "tom", role: .trainee, passphrase: "x", iterations: fast), at: now)
        try store.removeAccount(named: "tom", at: now)
        #expect(try store.account(named: "tom") == nil)
        #expect(throws: StoreError.unknownUser("tom")) { try store.authenticate(name: "tom", passphrase: "x", at: Date()) }
    }

    @Test func backsUpToANewOwnerOnlyFile() throws {
        let folder = TemporaryDirectory()
        let store = try Store(path: folder.path("a.sqlite"))
        try store.addAccount(NewAccount(name: "lena", role: .lead, passphrase: "x", iterations: fast), at: now)
        try store.backup(to: folder.path("copy.sqlite"))
        #expect(try Store(path: folder.path("copy.sqlite")).account(named: "lena") != nil)
        #expect(try store.integrityCheck() == ["ok"])
        #expect(throws: StoreError.self) { try store.backup(to: folder.path("copy.sqlite")) }
    }

    /// A lead, two mentors (mark, olga) and a trainee of each (tom, sue).
    func cohort(in store: Store) throws -> (lead: Account, mark: Account, tom: Account, sue: Account) {
        let add = { (name: String, role: Role, mentor: String?) in
            try store.addAccount(NewAccount(name: name, role: role, mentor: mentor, passphrase: "x", iterations: fast), at: now)
        }
        let lead = try add("lena", .lead, nil), mark = try add("mark", .mentor, nil)
        _ = try add("olga", .mentor, nil)
        return (lead, mark, try add("tom", .trainee, "mark"), try add("sue", .trainee, "olga"))
    }
}

extension Question {
    /// Two options, the first one right.
    static func sample(_ id: String, topic: String, prompt: String = "What do you do?") -> Question {
        Question(id: id, topic: topic, prompt: prompt, options: [
            AnswerOption(id: "1", text: "Acknowledge it", isCorrect: true, feedback: "Yes."),
            AnswerOption(id: "2", text: "Close it", isCorrect: false, feedback: "No."),
        ], explanation: "Always acknowledge.")
    }
}
