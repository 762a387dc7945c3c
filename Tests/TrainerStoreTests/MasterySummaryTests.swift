import Foundation
import GRDB
import Testing
import TrainerCore
@testable import TrainerStore
import TrainerTestSupport

/// The mastery summary kept as answers are submitted gives exactly what ordering every answer
/// gives (the SQL window below, the reports' old query), for random histories: interleaved
/// attempts, reviews, skips, abandoned and open attempts, exams, several topics.
@Suite struct MasterySummaryTests {
    static let topics = ["billing", "calls", "refunds"]

    @Test(arguments: 1...12 as ClosedRange<UInt64>)
    func theMigrationsBackfillMatchesTheWindow(seed: UInt64) throws {
        let folder = TemporaryDirectory()
        let path = folder.path("trainer.sqlite")
        var random = SeededGenerator(seed: seed)
        let old = try DatabaseQueue(path: path)
        try Store.migrator.migrate(old, upTo: "v10-login-guard")
        try old.write { db in try RandomHistory.write(users: 3, attempts: 40, topics: Self.topics, random: &random, db) }
        try old.close()

        let store = try Store(path: path)
        try expectSummaryMatchesTheWindow(store)
        // Live submits on top of the backfill.
        let trainees = try store.writer.read { db in try String.fetchAll(db, sql: "SELECT name FROM user ORDER BY id") }
            .compactMap { try store.account(named: $0) }
        try LiveHistory(store: store, trainees: trainees, topics: Self.topics, start: RandomHistory.end).run(attempts: 30, random: &random)
        try expectSummaryMatchesTheWindow(store)
    }

    @Test(arguments: 101...112 as ClosedRange<UInt64>)
    func liveSubmitsMatchTheWindow(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let store = try Store()
        let trainees = try (1...3).map { index in
            try store.addAccount(NewAccount(name: "trainee-\(index)", role: .trainee, passphrase: "x", iterations: fast), at: now)
        }
        try LiveHistory(store: store, trainees: trainees, topics: Self.topics, start: now).run(attempts: 45, random: &random)
        try expectSummaryMatchesTheWindow(store)
    }

    @Test func aLongHistoryKeepsOnlyTheLastTwentyOfEachTopic() throws {
        let store = try Store()
        let tom = try store.addAccount(NewAccount(name: "tom", role: .trainee, passphrase: "x", iterations: fast), at: now)
        // Twenty-five wrong answers, then twenty right ones: mastery forgets the wrong ones.
        for (index, right) in (Array(repeating: false, count: 25) + Array(repeating: true, count: 20)).enumerated() {
            let at = now.addingTimeInterval(Double(index) * 60)
            let id = try store.startAttempt(for: tom, kind: .quiz, topic: "calls", passMark: 0.8,
                                            questions: [DrawnQuestion(question: .sample("calls-\(index)", topic: "calls"), optionOrder: ["1", "2"])], at: at)
            try store.recordAnswer([right ? "1" : "2"], attempt: id, position: 0, by: tom, at: at)
            _ = try store.submitAttempt(id, by: tom, milestone: nil, at: at.addingTimeInterval(1))
        }
        #expect(try store.mastery(of: tom) == [TopicMastery(topic: "calls", answered: 20, mastery: 1, isWeak: false)])
    }

    /// Every trainee's mastery and last activity as the store reads them, against the window
    /// and the latest answer over every attempt.
    private func expectSummaryMatchesTheWindow(_ store: Store, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (expected, lastAnswers, users) = try store.writer.read { db in
            (try WindowOracle.mastery(db), try WindowOracle.lastAnswers(db), try Row.fetchAll(db, sql: "SELECT id, name FROM user"))
        }
        for user in users {
            let id: Int64 = user["id"], name: String = user["name"]
            guard let account = try store.account(named: name) else { continue }
            let shown = Dictionary(uniqueKeysWithValues: try store.mastery(of: account).map { ($0.topic, $0) })
            let oracle = expected[id] ?? [:]
            #expect(Set(shown.keys) == Set(oracle.keys), "\(name)", sourceLocation: sourceLocation)
            for (topic, want) in oracle {
                let got = shown[topic]
                #expect(got?.answered == want.answered, "\(name) \(topic)", sourceLocation: sourceLocation)
                #expect(abs((got?.mastery ?? -1) - want.mean) < 1e-12, "\(name) \(topic)", sourceLocation: sourceLocation)
            }
            let activity = try store.traineeActivity(of: account)
            #expect(activity.lastActivity == lastAnswers[id], "\(name)", sourceLocation: sourceLocation)
        }
    }
}

/// The reports' former query, kept as the oracle: the last `Mastery.window` answers per user and
/// topic by time (ties: the later attempt, then position, as `TimedCredit` orders them).
enum WindowOracle {
    static func mastery(_ db: Database) throws -> [Int64: [String: (answered: Int, mean: Double)]] {
        try Row.fetchAll(db, sql: """
            SELECT userId, topic, COUNT(*) AS answered, AVG(credit) AS mean FROM (
              SELECT a.userId, q.topic, COALESCE(q.credit, 0) AS credit,
                     ROW_NUMBER() OVER (PARTITION BY a.userId, q.topic
                                        ORDER BY COALESCE(q.answeredAt, a.finishedAt) DESC, a.id DESC, q.position DESC) AS recency
              FROM attempt a JOIN attemptQuestion q ON q.attemptId = a.id
              WHERE a.kind IN ('quiz', 'review') AND a.finishedAt IS NOT NULL AND a.abandoned = 0)
            WHERE recency <= ? GROUP BY userId, topic
            """, arguments: [Mastery.window]).reduce(into: [:]) { all, row in
            all[row["userId"], default: [:]][row["topic"]] = (row["answered"], row["mean"])
        }
    }

    static func lastAnswers(_ db: Database) throws -> [Int64: Date] {
        try Row.fetchAll(db, sql: """
            SELECT a.userId, MAX(q.answeredAt) AS at FROM attempt a JOIN attemptQuestion q ON q.attemptId = a.id
            WHERE q.answeredAt IS NOT NULL GROUP BY a.userId
            """).reduce(into: [:]) { $0[$1["userId"]] = $1["at"] }
    }
}

/// A history written straight into the v10 schema, as an older trainer left it.
enum RandomHistory {
    static let start = Date(timeIntervalSince1970: 1_790_000_000)
    static let end = start.addingTimeInterval(200_000)

    static func write(users: Int, attempts: Int, topics: [String], random: inout SeededGenerator, _ db: Database) throws {
        for index in 1...users {
            try db.execute(sql: """
                INSERT INTO user (id, name, role, passphraseHash, passphraseSalt, passphraseIterations, createdAt)
                VALUES (?, ?, 'trainee', x'00', x'00', 1, ?)
                """, arguments: [index, "trainee-\(index)", start])
        }
        for id in 1...attempts {
            let kind = ["quiz", "quiz", "review", "exam"].randomElement(using: &random) ?? "quiz"
            let state = ["submitted", "submitted", "submitted", "abandoned", "open"].randomElement(using: &random) ?? "open"
            // Times on a coarse grid, so answers of different attempts often share a moment.
            let began = start.addingTimeInterval(Double(Int.random(in: 0..<100, using: &random)) * 1_000)
            let count = Int.random(in: 1...25, using: &random)
            let finished = began.addingTimeInterval(Double(Int.random(in: 0...count, using: &random)) * 500)
            try db.execute(sql: """
                INSERT INTO attempt (id, userId, kind, topic, passMark, startedAt, finishedAt, abandoned) VALUES (?, ?, ?, ?, 0.8, ?, ?, ?)
                """, arguments: [id, Int.random(in: 1...users, using: &random), kind, topics[0], began,
                                 state == "open" ? nil : finished, state == "abandoned"])
            for position in 0..<count {
                let skipped = Int.random(in: 0..<5, using: &random) == 0
                try db.execute(sql: """
                    INSERT INTO attemptQuestion (attemptId, position, questionId, topic, optionOrder, chosen, credit, answeredAt)
                    VALUES (?, ?, ?, ?, '1,2', ?, ?, ?)
                    """, arguments: [id, position, "q-\(position)", topics.randomElement(using: &random) ?? topics[0],
                                     skipped ? nil : "1", skipped ? nil : [0, 0.5, 1].randomElement(using: &random),
                                     skipped ? nil : began.addingTimeInterval(Double(Int.random(in: 0...count, using: &random)) * 500)])
            }
        }
    }
}

/// Attempts taken through the store as trainees take them, several open at once so their
/// answers interleave, each ending submitted, abandoned or left open.
struct LiveHistory {
    var store: Store
    var trainees: [Account]
    var topics: [String]
    var start: Date

    func run(attempts: Int, random: inout SeededGenerator) throws {
        var open: [(id: Int64, user: Account, count: Int)] = []
        var clock = start
        func tick() -> Date {
            // Now and then two steps share a moment.
            clock = clock.addingTimeInterval(Double(Int.random(in: 0...2, using: &random)) * 30)
            return clock
        }
        var started = 0
        while started < attempts || !open.isEmpty {
            if started < attempts, open.count < 4, Bool.random(using: &random) {
                let user = trainees.randomElement(using: &random) ?? trainees[0]
                let kind = [StoredAttempt.Kind.quiz, .quiz, .review, .exam].randomElement(using: &random) ?? .quiz
                let questions = (0..<Int.random(in: 1...25, using: &random)).map { index in
                    let topic = topics.randomElement(using: &random) ?? topics[0]
                    return DrawnQuestion(question: .sample("\(topic)-\(index)", topic: topic), optionOrder: ["1", "2"])
                }
                let id = try store.startAttempt(for: user, kind: kind, topic: topics[0], passMark: 0.8, questions: questions, at: tick())
                open.append((id, user, questions.count))
                started += 1
                continue
            }
            guard let index = open.indices.randomElement(using: &random) else { continue }
            let attempt = open[index]
            switch Int.random(in: 0..<10, using: &random) {
            case 0..<7:
                // An answer (skips are the positions never answered); some are changed later.
                let chosen: Set<String> = [["1"], ["2"], ["1", "2"]].randomElement(using: &random) ?? ["1"]
                try store.recordAnswer(chosen, attempt: attempt.id, position: Int.random(in: 0..<attempt.count, using: &random),
                                       by: attempt.user, at: tick())
            case 7, 8:
                _ = try store.submitAttempt(attempt.id, by: attempt.user, milestone: nil, at: tick())
                open.remove(at: index)
            default:
                if Bool.random(using: &random) { try store.abandonAttempt(attempt.id, at: tick()) }
                open.remove(at: index)
            }
        }
    }
}
