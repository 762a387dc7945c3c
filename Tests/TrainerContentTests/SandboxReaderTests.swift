import Foundation
import Testing
import TrainerContent
import TrainerCore
import TrainerTestSupport

/// `trainer check` on sandbox tickets, saved replies and sla.yaml: every problem with its place.
@Suite struct SandboxReaderTests {
    let folder = TemporaryDirectory()

    init() {
        ContentFixture.write(to: folder)
        ContentFixture.writeSandbox(to: folder)
    }

    func problems() -> [String] {
        switch ContentLoader(root: folder.url).load() {
        case .success: []
        case .failure(let report): report.diagnostics.map(\.description)
        }
    }

    @Test func loadsTheFixtureTicketsRepliesAndPolicy() throws {
        let curriculum = try ContentLoader(root: folder.url).load().get()
        #expect(curriculum.tickets.map(\.id) == ["add-user", "dark-mode", "outage-calls", "silent-ga4"])
        #expect(curriculum.replies.map(\.id) == ["ack-outage", "howto-answer", "feature-logged"])
        #expect(curriculum.sla == .standard)
        let outage = try #require(curriculum.ticket("outage-calls"))
        #expect(outage.truth.escalateTo == .engineering)
        #expect(outage.truth.needs == ["account", "numbers"])
        #expect(outage.runsAroundTheClock)
        #expect(curriculum.ticket("silent-ga4")?.script.silent == true)
        #expect(curriculum.tracks == ["basic"])
    }

    @Test func anUnknownPlaceholderIsAnErrorAtItsLine() {
        folder.write("Curriculum/replies/basics.yaml",
                     ContentFixture.sandboxFile("Curriculum/replies/basics.yaml").replacingOccurrences(of: "will tell you {eta}", with: "will tell you {when}"))
        #expect(problems() == [
            "Curriculum/replies/basics.yaml:16:9: unknown placeholder `{when}`: use {customer}, {agent}, {eta} or {ticket}",
        ])
    }

    @Test func ticketReferencesAndValuesAreChecked() {
        let broken = ContentFixture.sandboxFile("Curriculum/tickets/outage-calls.yaml")
            .replacingOccurrences(of: "needs: [account, numbers]", with: "needs: [account, number]")
            .replacingOccurrences(of: "replies: [ack-outage]", with: "replies: [ack-outag]")
            .replacingOccurrences(of: "team: engineering", with: "team: engineers")
            .replacingOccurrences(of: "  rating: 5", with: "  rating: 5\n  mood: calm")
        folder.write("Curriculum/tickets/outage-calls.yaml", broken)
        #expect(problems() == [
            "Curriculum/tickets/outage-calls.yaml:18:10: `needs` names `number`, which is not a key of `facts` (did you mean `numbers`?)",
            "Curriculum/tickets/outage-calls.yaml:20:11: `team` must be one of `engineering`, `product`, `billing`, `sales`, `marketing`, `success`, not `engineers`",
            "Curriculum/tickets/outage-calls.yaml:21:12: saved reply `ack-outag` not found in Curriculum/replies/ (did you mean `ack-outage`?)",
            "Curriculum/tickets/outage-calls.yaml:33:3: unknown field `mood` in the script",
        ])
    }

    @Test func aSilentCustomerNeedsNoLinesButOthersDo() {
        folder.write("Curriculum/tickets/add-user.yaml",
                     ContentFixture.sandboxFile("Curriculum/tickets/add-user.yaml").replacingOccurrences(of: "  on_fix: \"Found it, thanks.\"\n", with: ""))
        #expect(problems() == ["Curriculum/tickets/add-user.yaml:23:3: missing required field `on_fix`"])
    }

    @Test func slaOverridesKeepTheRestOfTheMatrix() throws {
        folder.write("Curriculum/tickets/sla.yaml", "priorities:\n  P1: { first_response: 10m }\nfollow_up_after: 2d\n")
        let sla = try ContentLoader(root: folder.url).load().get().sla
        #expect(sla.targets(.p1) == .init(firstResponse: .minutes(10), resolution: .hours(4)))
        #expect(sla.targets(.p2) == SLAPolicy.matrix[.p2])
        #expect(sla.followUpAfter == .days(2))
        folder.write("Curriculum/tickets/sla.yaml", "priorities:\n  P5: { first_response: 10x }\n")
        #expect(problems() == ["Curriculum/tickets/sla.yaml:2:3: `P5` is not a priority: use P1, P2, P3, P4"])
    }
}
