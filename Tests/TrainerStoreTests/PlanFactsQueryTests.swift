import Foundation
import GRDB
import Testing
import TrainerCore
@testable import TrainerStore

/// Plan facts' best score per topic and "the latest submitted quiz of the topic did not pass" are
/// read in one pass; the two statements they replaced are kept here as the oracle, run on seeded
/// histories with ties on the finishing time, abandoned, open, review and exam attempts.
@Suite struct PlanFactsQueryTests {
    static func oracle(_ db: Database, _ users: UserFilter) throws -> [Int64: PlanFacts] {
        var facts: [Int64: PlanFacts] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT a.userId, a.topic, MAX(a.score) AS best FROM attempt a JOIN user u ON u.id = a.userId
            WHERE a.kind = 'quiz' AND \(Store.submitted) AND \(users.sql) GROUP BY a.userId, a.topic
            """, arguments: users.arguments) { facts[row["userId"], default: PlanFacts()].bestQuizScores[row["topic"]] = row["best"] ?? 0 }
        for row in try Row.fetchAll(db, sql: """
            SELECT a.userId, a.topic FROM attempt a JOIN user u ON u.id = a.userId
            WHERE a.kind = 'quiz' AND \(Store.submitted) AND a.passed = 0 AND \(users.sql)
              AND a.finishedAt = (SELECT MAX(b.finishedAt) FROM attempt b
                                  WHERE b.userId = a.userId AND b.kind = 'quiz' AND b.topic = a.topic
                                    AND b.finishedAt IS NOT NULL AND b.abandoned = 0)
            """, arguments: users.arguments) { facts[row["userId"], default: PlanFacts()].failedQuizTopics.insert(row["topic"]) }
        return facts
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func oneReadGivesWhatTheTwoStatementsGave(seed: UInt64) throws {
        let store = try Store()
        let at = Date(timeIntervalSince1970: 1_790_000_000)
        var users: [Account] = []
        for n in 0..<4 {
            users.append(try store.addAccount(NewAccount(name: "t\(n)", role: .trainee, passphrase: "x", iterations: 1_000), at: at))
        }
        var random = SeededGenerator(seed: seed)
        try store.writer.write { db in
            for _ in 0..<300 {
                let user = users[Int(random.next() % 4)]
                let kind = ["quiz", "quiz", "quiz", "review", "exam"][Int(random.next() % 5)]
                // Few distinct minutes, so latest attempts often tie.
                let finished: Date? = random.next() % 10 == 0 ? nil : at.addingTimeInterval(Double(random.next() % 12) * 60)
                let abandoned = finished != nil && random.next() % 8 == 0
                let score: Double? = finished == nil || random.next() % 15 == 0 ? nil : Double(random.next() % 11) / 10
                try db.execute(sql: """
                    INSERT INTO attempt (userId, kind, topic, passMark, startedAt, finishedAt, abandoned, score, passed)
                    VALUES (?, ?, ?, 0.8, ?, ?, ?, ?, ?)
                    """, arguments: [user.id, kind, ["a", "b", "c"][Int(random.next() % 3)], at, finished, abandoned, score,
                                     score.map { $0 >= 0.8 }])
            }
        }
        let lead = try store.addAccount(NewAccount(name: "lena", role: .lead, passphrase: "x", iterations: 1_000), at: at)
        try store.writer.read { db in
            for filter in [UserFilter.trainees(visibleTo: lead)] + users.map(UserFilter.only) {
                let expected = try Self.oracle(db, filter), actual = try Store.planFactsByUser(of: filter, db)
                #expect(actual.mapValues(\.bestQuizScores) == expected.mapValues(\.bestQuizScores))
                #expect(actual.mapValues(\.failedQuizTopics).filter { !$0.value.isEmpty } == expected.mapValues(\.failedQuizTopics).filter { !$0.value.isEmpty })
            }
            #expect(try Self.oracle(db, .trainees(visibleTo: lead)).values.contains { !$0.failedQuizTopics.isEmpty })
        }
    }
}
