import Foundation
import GRDB
import Testing
import TrainerCore
@testable import TrainerStore
import TrainerTestSupport

/// The meeting sheet's misses: per question, the day of the latest answer below full credit in a
/// submitted quiz or review, read from the answers' covering index (v14).
@Suite struct LastMissesTests {
    @Test(arguments: 1...8 as ClosedRange<UInt64>)
    func theyMatchGroupingEveryMissInSQL(seed: UInt64) throws {
        let folder = TemporaryDirectory()
        let path = folder.path("trainer.sqlite")
        var random = SeededGenerator(seed: seed)
        let old = try DatabaseQueue(path: path)
        try Store.migrator.migrate(old, upTo: "v13-last-agent-turn")
        try old.write { db in try RandomHistory.write(users: 3, attempts: 60, topics: ["billing", "calls"], random: &random, db) }
        try old.close()

        let store = try Store(path: path)
        let zone = TimeZone.current
        for name in ["trainee-1", "trainee-2", "trainee-3"] {
            let account = try #require(try store.account(named: name))
            let expected = try store.writer.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT q.questionId, MAX(q.answeredAt) AS at FROM attempt a JOIN attemptQuestion q ON q.attemptId = a.id
                    WHERE a.userId = ? AND a.kind IN ('quiz', 'review') AND a.finishedAt IS NOT NULL AND a.abandoned = 0
                      AND q.credit < 1 GROUP BY q.questionId
                    """, arguments: [account.id]).reduce(into: [String: Day]()) { days, row in
                    days[row["questionId"]] = Day(date: row["at"] as Date, in: zone)
                }
            }
            #expect(try store.lastMisses(of: account) == expected, "\(name)")
        }
    }

    @Test func theMissesOfOpenAbandonedAndExamAttemptsAreNotCounted() throws {
        let store = try Store()
        let tom = try store.addAccount(NewAccount(name: "tom", role: .trainee, passphrase: "x", iterations: fast), at: now)
        func attempt(_ kind: AttemptKind, chosen: String, day: Int, submit: Bool) throws {
            let at = now.addingTimeInterval(Double(day) * 86_400)
            let id = try store.startAttempt(for: tom, kind: kind, topic: "calls", passMark: 0.8,
                                            questions: [DrawnQuestion(question: .sample("calls-1", topic: "calls"), optionOrder: ["1", "2"])], at: at)
            try store.recordAnswer([chosen], attempt: id, position: 0, by: tom, at: at)
            if submit { _ = try store.submitAttempt(id, by: tom, milestone: nil, at: at.addingTimeInterval(60)) }
        }
        try attempt(.quiz, chosen: "2", day: 0, submit: true)
        try attempt(.quiz, chosen: "1", day: 2, submit: true)
        try attempt(.quiz, chosen: "2", day: 4, submit: false)
        #expect(try store.lastMisses(of: tom) == ["calls-1": Day(date: now, in: .current)])
    }

    @Test func theyAreReadFromTheAnswersIndexAlone() throws {
        let store = try Store()
        let plan = try store.writer.read { db in
            try Row.fetchAll(db, sql: """
                EXPLAIN QUERY PLAN SELECT q.questionId, q.answeredAt FROM attemptQuestion q JOIN attempt a ON a.id = q.attemptId
                WHERE a.userId = 1 AND a.kind IN ('quiz', 'review') AND \(Store.submitted) AND q.credit < 1
                """).map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("COVERING INDEX attemptQuestion_on_attempt_answers") }, "\(plan)")
    }
}
