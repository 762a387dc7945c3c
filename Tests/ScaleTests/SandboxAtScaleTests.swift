import Foundation
import GRDB
import Testing
import TrainerScale
import TrainerTestSupport

/// The generated sandbox history reads back through the commands a lead and a trainee use.
@Suite struct SandboxAtScaleTests {
    let org = GeneratedOrganisation.shared

    @Test func theLongestHistorysQueueReportShowsItsLastShiftAndTheTrendOfAll() throws {
        let trainee = ScaleNames.longestHistory
        let outcome = try org.trainer(["queue", "report", trainee, "--json"], as: ScaleNames.lead)
        #expect(outcome.status == 0 && outcome.stderr.isEmpty, "\(outcome.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let (last, finished) = try org.query { db in
            (try #require(try Row.fetchOne(db, sql: """
                SELECT s.id, s.tickets, s.slaMetShare, s.closed FROM shift s JOIN user u ON u.id = s.userId
                WHERE u.name = ? AND s.finishedAt IS NOT NULL ORDER BY s.id DESC LIMIT 1
                """, arguments: [trainee])),
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM shift s JOIN user u ON u.id = s.userId WHERE u.name = ? AND s.finishedAt IS NOT NULL",
                              arguments: [trainee]) ?? 0)
        }
        #expect(report["shift"] as? Int == last["id"])
        #expect(report["tickets"] as? Int == last["tickets"])
        #expect(report["closed"] as? Int == last["closed"])
        #expect(report["sla_met_share"] as? Double == last["slaMetShare"])
        #expect((report["trend"] as? [Any])?.count == finished)
        #expect(finished > 5, "the longest history has worked many shifts")

        let table = try org.trainer(["queue", "report", trainee], as: ScaleNames.lead)
        #expect(table.status == 0 && table.stdout.contains("Shift \(last["id"] as Int64) · \(trainee)"), "\(table.stderr)")
    }

    @Test func aShiftStillRunningOpensForItsTrainee() throws {
        let trainee = try org.query { db in
            try #require(try String.fetchOne(db, sql: "SELECT u.name FROM shift s JOIN user u ON u.id = s.userId WHERE s.finishedAt IS NULL LIMIT 1"))
        }
        let outcome = try org.trainer(["queue"], as: trainee)
        #expect(outcome.status == 0 && outcome.stderr.isEmpty, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("T1"), "\(outcome.stdout)")
    }

    @Test func theCohortReportCountsEveryFinishedShiftOfEveryTrainee() throws {
        let outcome = try org.trainer(["report", "cohort", "--format", "md"], as: ScaleNames.lead)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let (shifts, workers, tickets) = try org.query { db in
            try #require(try Row.fetchOne(db, sql: """
                SELECT COUNT(*), COUNT(DISTINCT userId), SUM(tickets) FROM shift WHERE finishedAt IS NOT NULL
                """).map { ($0[0] as Int, $0[1] as Int, $0[2] as Int) })
        }
        #expect(outcome.stdout.contains("\(shifts) finished shifts by \(workers) trainees: \(tickets) tickets"), "\(outcome.stdout.suffix(2_000))")
    }
}

extension SandboxAtScaleTests {
    @Test func everyGeneratedShiftReplaysToTheFiguresStoredWithIt() throws {
        let mismatches = try SandboxReplay.mismatches(databaseAt: org.database, every: org.size == .full ? 97 : 1)
        #expect(mismatches.isEmpty, "shifts \(mismatches.prefix(10))")
    }
}
