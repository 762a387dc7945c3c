import Foundation
import Testing
import TrainerCore

/// The engine on a small script: deterministic, patience runs out, goodbye too early, hints cost.
@Suite struct RolePlayEngineTests {
    static let library = [
        Intent(id: "greeting", label: "greeting", patterns: [PhrasePattern("hello")]),
        Intent(id: "identify", label: "identify", patterns: [PhrasePattern("which account")]),
        Intent(id: "solution", label: "solution", patterns: [PhrasePattern("i have reset")]),
        Intent(id: "closing_question", label: "closing", patterns: [PhrasePattern("anything else")]),
        Intent(id: "goodbye", label: "bye", patterns: [PhrasePattern("bye")]),
        Intent(id: "blame", label: "blame", polarity: .negative, patterns: [PhrasePattern("your fault")], patience: -3),
    ]

    static let scenario = Scenario(
        id: "reset", title: "Reset", track: "basic", difficulty: .easy, brief: "A reset.",
        customer: .init(name: "Ada Lovelace", company: "Engines", tier: "Start", channel: .chat, mood: "calm", patience: 4),
        facts: [.init(id: "account", label: "the account", askedBy: ["identify"], answer: "ada@engines.example")],
        start: "opening",
        nodes: [
            .init(id: "opening", say: ["I can't log in.", "Login is broken."], nudge: ["Hello?"],
                  transitions: [.init(when: .init(anyIntent: ["greeting"]), to: "talking")]),
            .init(id: "talking", say: ["Yes?"],
                  transitions: [.init(when: .init(intents: ["solution"], facts: ["account"]), to: "fixed")]),
            .init(id: "fixed", say: ["Works!"], transitions: [.init(when: .init(anyIntent: ["closing_question"]), to: "done")]),
            .init(id: "done", say: ["No, bye."], ending: .resolved),
        ])

    let script = RolePlayScript(RolePlayEngineTests.scenario, library: RolePlayEngineTests.library)

    @Test func theSameLinesGiveTheSameConversation() {
        let lines = ["hello", "which account?", "I have reset it", "anything else?"]
        func play() -> [[String]] {
            var state = RolePlayEngine.start(script).state
            return lines.map { line in
                let step = RolePlayEngine.step(script, state, line: line)
                state = step.state
                return step.reply
            }
        }
        #expect(play() == play())
        #expect(play() == [["Yes?"], ["ada@engines.example"], ["Works!"], ["No, bye."]])
        let state = RolePlayEngine.replay(script, lines: lines)
        #expect(state.ending == .resolved)
        #expect(state.known == ["account"])
    }

    @Test func blameSpendsPatienceUntilTheCustomerGivesUp() {
        var state = RolePlayEngine.start(script).state
        state = RolePlayEngine.step(script, state, line: "your fault").state
        #expect(state.patience == 0)
        #expect(state.ending == .gaveUp)
        let score = RolePlayScoring.score(script, state)
        #expect(score.criteria.first { $0.id == "never_blamed" } == CriterionResult(id: "never_blamed", name: "never blamed the customer", weight: 6, met: false, turn: 1))
    }

    @Test func sayingGoodbyeBeforeTheProblemIsHandledClosesTooEarly() {
        let state = RolePlayEngine.replay(script, lines: ["hello", "bye"])
        #expect(state.ending == .closedEarly)
    }

    @Test func aTurnThatDoesNothingCostsOnePatience() {
        let step = RolePlayEngine.step(script, RolePlayEngine.start(script).state, line: "mmm")
        #expect(step.state.patience == 3)
        #expect(step.reply == ["Hello?"])
    }

    @Test func hintsNameAnOpenCriterionAndCostPoints() {
        var state = RolePlayEngine.replay(script, lines: ["hello"])
        #expect(RolePlayScoring.hint(script, state) == "Still open: identified the customer: ask which account (company, project or e-mail) this is about.")
        let before = RolePlayScoring.score(script, state).score
        state.hints = 2
        #expect(RolePlayScoring.score(script, state).score == max(0, before - 10))
    }

    @Test func theGraphCheckFindsWhatAuthorsGetWrong() {
        var broken = Self.scenario
        broken.nodes.append(.init(id: "orphan", say: ["?"], ending: .resolved))
        broken.nodes[1].transitions.append(.init(when: .init(intents: ["solution"], facts: ["account"]), to: "fixed"))
        broken.nodes[1].transitions.append(.init(when: .init(intents: ["greetng"]), to: "nowhere"))
        broken.nodes.append(.init(id: "stuck", say: ["…"]))
        broken.nodes[0].transitions.append(.init(when: .init(anyIntent: ["greeting"], noIntent: ["greeting"]), to: "stuck"))
        let messages = ScenarioCheck.problems(RolePlayScript(broken, library: Self.library)).map(\.message)
        #expect(messages.contains("node `orphan` is unreachable from `opening`"))
        #expect(messages.contains("node `stuck` is a dead end: it has no transitions and no `ending`"))
        #expect(messages.contains("this transition can never fire: an earlier one of node `talking` always fires first"))
        #expect(messages.contains { $0.hasPrefix("transition to unknown node `nowhere`") })
        #expect(messages.contains("unknown intent `greetng` (did you mean `greeting`?)"))
        #expect(messages.contains("this transition can never fire: an earlier one of node `opening` always fires first"))
    }
}

/// Scripts are stored as JSON with every role-play: older records must keep decoding.
@Suite struct StoredScriptTests {
    @Test func aNodeWrittenBeforeWithholdsExistedStillDecodes() throws {
        let json = #"{"id":"opening","say":["Hi?"],"nudge":[],"transitions":[]}"#
        let node = try JSONDecoder().decode(Scenario.Node.self, from: Data(json.utf8))
        #expect(node == Scenario.Node(id: "opening", say: ["Hi?"]))
    }
}
