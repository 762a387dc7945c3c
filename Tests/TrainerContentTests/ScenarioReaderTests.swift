import Foundation
import Testing
import TrainerContent
import TrainerCore
import TrainerTestSupport

/// `trainer check` on scenarios: every problem with its file, line and column.
@Suite struct ScenarioReaderTests {
    let folder = TemporaryDirectory()

    init() {
        ContentFixture.write(to: folder)
        ContentFixture.writeRolePlay(to: folder)
    }

    func problems() -> [String] {
        switch ContentLoader(root: folder.url).load() {
        case .success: []
        case .failure(let report): report.diagnostics.map(\.description)
        }
    }

    @Test func loadsTheFixtureScenarioAndLibrary() throws {
        let curriculum = try ContentLoader(root: folder.url).load().get()
        #expect(curriculum.scenarios.map(\.id) == ["locked-out"])
        #expect(curriculum.intents.count == 21)
        let script = try #require(curriculum.script("locked-out"))
        #expect(script.criteria.map(\.id) == ["greeting", "identification", "clarification", "solution", "summary", "closing_question",
                                              "order", "time_frame", "thanked", "polite", "never_blamed", "facts", "outcome"])
    }

    @Test func reportsGraphProblemsAtTheirLines() {
        let broken = ContentFixture.scenario
            .replacingOccurrences(of: "      - any: [greeting]\n        to: talking", with: "      - any: [greetng]\n        to: talking")
            .replacingOccurrences(of: "        to: fixed\n", with: "        to: fixd\n")
            + "  - id: orphan\n    say: [Hello?]\n    ending: resolved\n"
        folder.write("Curriculum/scenarios/locked-out.yaml", broken)
        let found = problems()
        #expect(found.contains("Curriculum/scenarios/locked-out.yaml:23:9: unknown intent `greetng` (did you mean `greeting`?)"))
        #expect(found.contains { $0.hasPrefix("Curriculum/scenarios/locked-out.yaml:29:9: transition to unknown node `fixd`") })
        #expect(found.contains("Curriculum/scenarios/locked-out.yaml:40:5: node `orphan` is unreachable from `opening`"))
        #expect(found.contains("Curriculum/scenarios/locked-out.yaml:25:5: node `talking` is a dead end: no ending can be reached from it"))
    }

    @Test func refusesAPatternThatWouldMatchTheEmptyLine() {
        folder.write("Curriculum/scenarios/intents.yaml", ContentFixture.intents.replacingOccurrences(of: "patterns: [hello|hi]", with: "patterns: [\"~2\"]"))
        #expect(problems().contains("Curriculum/scenarios/intents.yaml:4:16: pattern `~2` has no words, so it would match the empty line"))
    }

    @Test func aPlanItemNamesAScenario() {
        folder.write("Curriculum/basic/plan.yaml", ContentFixture.plan + "      - roleplay: locked-up\n        pass: 170\n")
        let found = problems()
        #expect(found.contains { $0.contains("day 2: scenario `locked-up` not found in Curriculum/scenarios/ (did you mean `locked-out`?)") })
        #expect(found.contains { $0.contains("`pass` must be between 1 and 100, not 170") })
    }
}
