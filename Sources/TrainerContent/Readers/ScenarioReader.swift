import Foundation
import TrainerCore

/// Reads `Curriculum/scenarios/<id>.yaml` and checks its graph against the intent library.
enum ScenarioReader {
    static let scenarioKeys: Set<String> = [
        "id", "title", "track", "difficulty", "brief", "customer", "facts", "goal", "pass", "max_turns", "start", "nodes",
        "intents", "rubric", "gives_up", "closed_early",
    ]
    static let customerKeys: Set<String> = ["name", "company", "tier", "channel", "mood", "patience"]
    static let factKeys: Set<String> = ["id", "label", "asked_by", "answer"]
    static let nodeKeys: Set<String> = ["id", "say", "nudge", "next", "ending", "withholds"]
    static let transitionKeys: Set<String> = ["to", "intents", "any", "not", "facts", "missing", "patience_at_most", "turns_at_least"]
    static let criterionKeys: Set<String> = ["id", "name", "rule", "intents", "weight", "hint"]

    static func read(_ file: YAMLFile, expectedID: String, tracks: [String], library: [Intent], log: DiagnosticLog) -> Scenario? {
        let path = file.path
        guard let s = MappingReader(file.root, path: path, what: "the scenario", allowedKeys: scenarioKeys, log: log) else { return nil }
        let id = s.string("id")
        if let id, id != expectedID { log.add(path, s.value("id")?.mark, "id `\(id)` must equal the file name `\(expectedID)`") }
        let title = s.string("title"), brief = s.string("brief")
        let track = s.string("track")
        if let track, !tracks.contains(track) {
            log.add(path, s.value("track")?.mark, "track `\(track)` has no plan in Curriculum/\(References.hint(track, tracks))")
        }
        let difficulty = s.choice("difficulty", as: Scenario.Difficulty.self) ?? .medium
        let goal = s.choice("goal", as: Scenario.Ending.self) ?? .resolved
        if goal == .gaveUp || goal == .closedEarly { log.add(path, s.value("goal")?.mark, "`goal` is `resolved` or `escalated`") }
        let pass = s.int("pass", required: false, in: 1...100) ?? Scenario.defaultPassMark
        let maxTurns = s.int("max_turns", required: false, in: 2...100) ?? Scenario.defaultMaxTurns
        let customer = s.value("customer").flatMap { readCustomer($0, path: path, log: log) }
        if !s.has("customer") { _ = s.string("customer") }
        let facts = (s.sequence("facts", required: false) ?? []).compactMap { readFact($0, path: path, log: log) }
        let own = IntentReader.readList(s.sequence("intents", required: false) ?? [], path: path, log: log)
        let rubric = (s.sequence("rubric", required: false) ?? []).compactMap { readCriterion($0, path: path, log: log) }
        var marks: [String: (node: YAMLMark?, transitions: [YAMLMark?])] = [:]
        let nodes = (s.sequence("nodes") ?? []).compactMap { node -> Scenario.Node? in
            guard let read = readNode(node, path: path, log: log) else { return nil }
            if marks[read.node.id] != nil { log.add(path, node.mark, "node id `\(read.node.id)` is used twice") }
            marks[read.node.id] = (node.mark, read.marks)
            return read.node
        }
        let start = s.string("start") ?? nodes.first?.id
        guard let id, let title, let track, let brief, let customer, let start, !nodes.isEmpty else { return nil }
        let scenario = Scenario(
            id: id, title: title, track: track, difficulty: difficulty, brief: brief, customer: customer, facts: facts,
            start: start, nodes: nodes, goal: goal, intents: own, rubric: rubric, passMark: pass, maxTurns: maxTurns,
            givesUp: strings(s, "gives_up", path: path, log: log), closedEarly: strings(s, "closed_early", path: path, log: log))
        let defaults = Rubric.defaults(for: scenario).map(\.id)
        for (criterion, node) in zip(rubric, s.sequence("rubric", required: false) ?? [])
        where criterion.name == criterion.id && !defaults.contains(criterion.id) {
            log.add(path, node.mark, "rubric criterion `\(criterion.id)` is not one of the defaults\(References.hint(criterion.id, defaults)); a new one needs `name` and `rule`")
        }
        for problem in ScenarioCheck.problems(RolePlayScript(scenario, library: library)) {
            let place = problem.node.flatMap { node in
                problem.transition.flatMap { marks[node]?.transitions[$0] } ?? marks[node]?.node
            }
            let mark = place ?? (problem.node == nil && problem.message.hasPrefix("start") ? s.value("start")?.mark : nil) ?? s.mark
            log.add(path, mark, problem.message)
        }
        return scenario
    }

    private static func readCustomer(_ node: YAMLNode, path: String, log: DiagnosticLog) -> Scenario.Customer? {
        guard let c = MappingReader(node, path: path, what: "the customer", allowedKeys: customerKeys, log: log) else { return nil }
        let name = c.string("name"), company = c.string("company"), tier = c.string("tier"), mood = c.string("mood")
        let channel = c.choice("channel", as: Scenario.Channel.self)
        if !c.has("channel") { log.add(path, c.mark, "missing required field `channel` (phone, chat, messenger or email)") }
        let patience = c.int("patience", in: 1...20)
        guard let name, let company, let tier, let mood, let channel, let patience else { return nil }
        return Scenario.Customer(name: name, company: company, tier: tier, channel: channel, mood: mood, patience: patience)
    }

    private static func readFact(_ node: YAMLNode, path: String, log: DiagnosticLog) -> Scenario.Fact? {
        guard let f = MappingReader(node, path: path, what: "a fact", allowedKeys: factKeys, log: log) else { return nil }
        let id = f.string("id"), label = f.string("label"), answer = f.string("answer")
        let askedBy = words(f, "asked_by", required: true)
        guard let id, let label, let answer, !askedBy.isEmpty else { return nil }
        return Scenario.Fact(id: id, label: label, askedBy: askedBy, answer: answer)
    }

    private static func readNode(_ node: YAMLNode, path: String, log: DiagnosticLog) -> (node: Scenario.Node, marks: [YAMLMark?])? {
        guard let n = MappingReader(node, path: path, what: "a node", allowedKeys: nodeKeys, log: log) else { return nil }
        let id = n.string("id")
        let say = strings(n, "say", path: path, log: log)
        if say.isEmpty, !n.has("say") { log.add(path, n.mark, "missing required field `say` (what the customer says here)") }
        let ending = n.choice("ending", as: Scenario.Ending.self)
        var marks: [YAMLMark?] = []
        let transitions = (n.sequence("next", required: false) ?? []).compactMap { node -> Scenario.Transition? in
            guard let t = MappingReader(node, path: path, what: "a transition", allowedKeys: transitionKeys, log: log),
                  let to = t.string("to") else { return nil }
            marks.append(node.mark)
            return Scenario.Transition(when: Scenario.Condition(
                intents: words(t, "intents"), anyIntent: words(t, "any"), noIntent: words(t, "not"), facts: words(t, "facts"),
                missingFacts: words(t, "missing"), patienceAtMost: t.int("patience_at_most", required: false, in: -20...20),
                turnsAtLeast: t.int("turns_at_least", required: false, in: 1...100)), to: to)
        }
        guard let id else { return nil }
        return (Scenario.Node(id: id, say: say, nudge: strings(n, "nudge", path: path, log: log), transitions: transitions,
                              ending: ending, withholds: n.bool("withholds") ?? false), marks)
    }

    private static func readCriterion(_ node: YAMLNode, path: String, log: DiagnosticLog) -> Criterion? {
        guard let c = MappingReader(node, path: path, what: "a rubric criterion", allowedKeys: criterionKeys, log: log) else { return nil }
        guard let id = c.string("id"), let weight = c.int("weight", in: 0...100) else { return nil }
        let rule = c.choice("rule", as: Criterion.Rule.self)
        let name = c.string("name", required: false), hint = c.string("hint", required: false)
        let intents = words(c, "intents")
        // A criterion of the defaults needs only its weight; a new one says what it checks.
        if rule != nil || name != nil {
            guard let rule, let name else {
                log.add(path, c.mark, "a new rubric criterion needs `name` and `rule` (\(Criterion.Rule.allCases.map(\.rawValue).joined(separator: ", ")))")
                return nil
            }
            if [.step, .said, .avoid].contains(rule), intents.isEmpty { log.add(path, c.mark, "a `\(rule.rawValue)` criterion needs `intents`") }
            return Criterion(id: id, name: name, rule: rule, intents: intents, weight: weight, hint: hint ?? name)
        }
        return Criterion(id: id, name: id, rule: .said, intents: intents, weight: weight, hint: id)
    }

    /// A list of words, or one word (`intents: greeting` or `intents: [greeting, identify]`).
    private static func words(_ m: MappingReader, _ key: String, required: Bool = false) -> [String] {
        guard let value = m.value(key) else {
            if required { _ = m.string(key) }
            return []
        }
        if let word = value.string, case .scalar = value { return [word] }
        return (value.sequence.map { Array($0) } ?? []).compactMap(\.string)
    }

    private static func strings(_ m: MappingReader, _ key: String, path: String, log: DiagnosticLog) -> [String] {
        guard let value = m.value(key) else { return [] }
        if case .scalar = value, let text = value.string?.trimmed, !text.isEmpty { return [text] }
        guard let items = m.sequence(key, required: false) else { return [] }
        return items.compactMap { node in
            guard let text = node.string?.trimmed, !text.isEmpty else {
                log.add(path, node.mark, "`\(key)` lines must be non-empty texts")
                return nil
            }
            return text
        }
    }
}
