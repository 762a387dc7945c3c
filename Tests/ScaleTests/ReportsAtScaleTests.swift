import Foundation
import GRDB
import Testing
import TrainerScale
import TrainerTestSupport

/// The rewritten reports give the same figures as plain SQL over the same generated file, and
/// keep the visibility rules (correctness only: timings live in Benchmarks/README.md).
@Suite struct ReportsAtScaleTests {
    let org = GeneratedOrganisation.shared

    @Test func aLeadsDeskMatchesTheSQLAverageAndWeakestTopics() throws {
        let outcome = try org.trainer(["trainees", "--json"], as: ScaleNames.lead)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == org.size.trainees)
        let averages = try org.query { db in
            try Row.fetchAll(db, sql: """
                SELECT u.name, AVG(a.score) AS average FROM user u JOIN attempt a ON a.userId = u.id
                WHERE a.kind = 'quiz' AND a.finishedAt IS NOT NULL AND a.abandoned = 0 GROUP BY u.id
                """).reduce(into: [String: Double]()) { $0[$1["name"]] = $1["average"] }
        }
        for row in rows.prefix(12) {
            let name = try #require(row["name"] as? String)
            let average = try #require(row["quiz_average"] as? Double)
            #expect(abs(average - (averages[name] ?? -1)) < 1e-9, "\(name)")
            let weakest = try org.query { db in try org.handMastery(db, trainee: name) }
                .filter { $0.answered >= 3 && $0.mean < 0.7 }.prefix(3).map(\.topic)
            #expect(row["weak_topics"] as? [String] == Array(weakest), "\(name)")
        }
    }

    @Test func aMentorsDeskListsOnlyTheirOwnTrainees() throws {
        let mentor = ScaleNames.mentor(0)
        let outcome = try org.trainer(["trainees", "--json"], as: mentor)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
        let theirs = try org.query { db in
            try String.fetchAll(db, sql: "SELECT t.name FROM user t JOIN user m ON m.id = t.mentorId WHERE m.name = ? ORDER BY t.name",
                                arguments: [mentor])
        }
        #expect(rows.compactMap { $0["name"] as? String } == theirs)
        #expect(!theirs.isEmpty)
    }

    @Test func resultsJSONIsValidAndHoldsEveryAttemptAndAnswer() throws {
        let outcome = try org.trainer(["results", "--json"], as: ScaleNames.lead)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
        let (attempts, answers, credit) = try org.query { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM attempt") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM attemptQuestion") ?? 0,
             // A lead sees every credit, open and abandoned attempts' too.
             try Double.fetchOne(db, sql: "SELECT SUM(credit) FROM attemptQuestion") ?? 0)
        }
        #expect(rows.count == attempts)
        #expect(rows.reduce(0) { $0 + (($1["answers"] as? [Any])?.count ?? 0) } == answers)
        let shown = rows.reduce(0.0) { total, row in
            total + ((row["answers"] as? [[String: Any]]) ?? []).reduce(0.0) { $0 + (($1["credit"] as? Double) ?? 0) }
        }
        #expect(abs(shown - credit) < 1e-6)
        // Newest first.
        let ids = rows.compactMap { $0["id"] as? Int }
        #expect(ids == ids.sorted(by: >))
    }

    @Test func anExamOfASessionStillOpenStaysSealedToItsCandidate() throws {
        let (candidate, attempt) = try org.query { db in
            try #require(try Row.fetchOne(db, sql: """
                SELECT u.name, a.id FROM attempt a JOIN user u ON u.id = a.userId JOIN examSession s ON s.id = a.examSessionId
                WHERE s.closedAt IS NULL ORDER BY a.id LIMIT 1
                """).map { ($0[0] as String, $0[1] as Int) })
        }
        let outcome = try org.trainer(["results", "--json"], as: candidate)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
        let exam = try #require(rows.first { $0["id"] as? Int == attempt })
        #expect(exam["sealed"] as? Bool == true)
        #expect(exam["score"] is NSNull)
        #expect(((exam["answers"] as? [[String: Any]]) ?? []).allSatisfy { $0["credit"] == nil && $0["correct"] == nil })
    }

    @Test func resultsTableShowsTheNewestFiftyUnlessAll() throws {
        let limited = try org.trainer(["results"], as: ScaleNames.lead)
        #expect(limited.stdout.contains("`results --all` lists every one"))
        let all = try org.trainer(["results", "--all"], as: ScaleNames.lead)
        #expect(!all.stdout.contains("`results --all`"))
        #expect(all.stdout.split(separator: "\n").count > limited.stdout.split(separator: "\n").count)
    }

    @Test func showPrintsTheSameWeakAreasAsSQL() throws {
        let trainee = ScaleNames.longestHistory
        let outcome = try org.trainer(["show", trainee], as: ScaleNames.lead)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let mastery = try org.query { db in try org.handMastery(db, trainee: trainee) }
        #expect(!mastery.isEmpty)
        for topic in mastery {
            let line = "  \(topic.topic) \(Int((topic.mean * 100).rounded()))% of \(topic.answered)"
            #expect(outcome.stdout.contains(line), "\(line)")
        }
        // The ten newest attempts, newest first.
        let newest = try org.query { db in
            try Int64.fetchAll(db, sql: "SELECT a.id FROM attempt a JOIN user u ON u.id = a.userId WHERE u.name = ? ORDER BY a.id DESC LIMIT 10",
                               arguments: [trainee])
        }
        let listed = outcome.stdout.split(separator: "\n").filter { $0.hasPrefix("  #") }.prefix(10)
        #expect(listed.map { $0.split(separator: " ")[0] } == newest.map { "#\($0)"[...] })
    }
}
