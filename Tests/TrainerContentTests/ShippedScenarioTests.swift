import Foundation
import Testing
import TrainerContent
import TrainerCore

/// The shipped scenarios held to issue 11: at least twelve across both tracks and every channel,
/// each with a skilled transcript that passes and a careless one that fails, meeting exactly
/// the criteria their headers list.
@Suite struct ShippedScenarioTests {
    static let root = ShippedContentTests.root
    static let folder = root.appendingPathComponent("Curriculum/scenarios")
    let curriculum: Curriculum

    init() throws {
        curriculum = try ContentLoader(root: Self.root).load().get()
    }

    static func transcript(_ scenario: String, _ kind: String) throws -> TranscriptFile {
        let url = folder.appendingPathComponent("\(scenario).\(kind).txt")
        return TranscriptFile(try String(contentsOf: url, encoding: .utf8))
    }

    @Test func twelveScenariosAcrossTracksAndChannels() {
        #expect(curriculum.scenarios.count >= 12)
        #expect(Set(curriculum.scenarios.map(\.track)) == ["support", "customer-success"])
        #expect(Set(curriculum.scenarios.map(\.customer.channel)) == Set(Scenario.Channel.allCases))
        #expect(Set(curriculum.scenarios.map(\.goal)) == [.resolved, .escalated])
    }

    @Test(arguments: try ContentLoader(root: ShippedScenarioTests.root).load().get().scenarios.map(\.id))
    func skilledPassesAndCarelessFailsWithTheirCriteria(_ id: String) throws {
        let script = try #require(curriculum.script(id))
        let skilled = try Self.transcript(id, "skilled"), careless = try Self.transcript(id, "careless")

        let good = skilled.play(script)
        #expect(good.score.passed, "\(id): skilled scored \(good.score.score)")
        #expect(good.score.ending == script.scenario.goal)
        #expect(skilled.expectedMeets != nil && skilled.expectsPass == true)
        #expect(skilled.mismatches(good.score) == [], "\(id).skilled")

        let bad = careless.play(script)
        #expect(!bad.score.passed, "\(id): careless scored \(bad.score.score)")
        #expect(careless.expectedMeets != nil && careless.expectsPass == false)
        #expect(careless.mismatches(bad.score) == [], "\(id).careless")
        // Careless means curt: no greeting, no identification, no closing question.
        for criterion in ["greeting", "identification", "closing_question"] {
            #expect(!bad.score.met.contains(criterion), "\(id).careless meets \(criterion)")
        }
    }

    @Test func theSameTurnsAlwaysGiveTheSameConversationAndScore() throws {
        for scenario in curriculum.scenarios {
            let script = try #require(curriculum.script(scenario.id))
            let skilled = try Self.transcript(scenario.id, "skilled")
            #expect(skilled.play(script) == skilled.play(script))
        }
    }

    @Test func everyPlannedRolePlayNamesAShippedScenario() {
        let planned = curriculum.plans.flatMap { $0.days.flatMap(\.items) }.filter { $0.kind == .roleplay }
        #expect(planned.count >= 10)
        for item in planned { #expect(curriculum.scenario(item.ref) != nil, "\(item.ref)") }
    }
}
