import Foundation
import Testing
import TrainerScale
import TrainerTestSupport

@Suite struct GeneratorTests {
    @Test func theSameSeedGivesTheSameOrganisation() throws {
        let first = TemporaryDirectory(), second = TemporaryDirectory()
        let generator = ScaleGenerator(seed: 15, size: .small, shippedContent: DemoCohort.root)
        try generator.generate(databaseAt: first.path("org/trainer.sqlite"))
        try generator.generate(databaseAt: second.path("org/trainer.sqlite"))
        let one = try ScaleFingerprint.of(databaseAt: first.path("org/trainer.sqlite"))
        let two = try ScaleFingerprint.of(databaseAt: second.path("org/trainer.sqlite"))
        // Both read the shipped content: editing Curriculum/ while this runs changes the second.
        #expect(one == two, "first: \(one)\nsecond: \(two)")
        #expect(one.counts["attemptQuestion"] == ScaleSize.small.answers)
        #expect(one.counts["user"] == 1 + ScaleSize.small.mentors + ScaleSize.small.trainees)
        #expect(one.counts["rolePlay"] == ScaleSize.small.rolePlays)
        #expect(one.counts["examSession"] == ScaleSize.small.examSessions)
        #expect(one.counts["shiftTicket"] == ScaleSize.small.sandboxTickets)
        #expect((one.counts["shift"] ?? 0) > ScaleSize.small.sandboxTickets / 12)
        #expect((one.counts["shiftDraft"] ?? 0) > 0, "some shifts are supervised")
    }
}
