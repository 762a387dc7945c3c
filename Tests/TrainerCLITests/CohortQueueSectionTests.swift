import Testing
@testable import TrainerCLI
import TrainerCore

/// The cohort report's queue section on a large cohort: every trainee with a shift has a row and
/// a bar, drawn in pictures small enough to print on a page each.
@Suite struct CohortQueueSectionTests {
    @Test func aLargeCohortsBarsAreSplitIntoPicturesThatFitAPage() throws {
        let worked = (1...65).map { index in
            (name: "trainee-\(index)", record: QueueRecord(shifts: [.stored(tickets: 10, closed: 7, firstResponseMedian: 6, slaMetShare: 0.6,
                                                                           triageAccuracy: 0.8, fcrShare: 0.5, csat: 0.75)]))
        }
        let section = try #require(CohortDocument.queueSection(worked + [(name: "idle", record: QueueRecord(shifts: []))]))
        #expect(section.rows.count == 65, "a trainee without a finished shift has no row")
        #expect(section.charts.map(\.bars.count) == [30, 30, 5])
        // 180 mm wide on A4: a picture's height in millimetres stays well under the 265 mm of a page.
        #expect(section.charts.allSatisfy { $0.height / $0.width * 180 < 200 })
        #expect(section.summary == "65 finished shifts by 65 trainees: 650 tickets, 195 left open at the end of their shift.")
        #expect(section.rows[0].slaMet == "60%" && section.rows[0].leftOpen == "3" && section.rows[0].firstResponse == "6 min")
    }
}
