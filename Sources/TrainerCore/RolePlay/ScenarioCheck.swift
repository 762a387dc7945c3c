/// What `trainer check` finds wrong with a scenario's graph once its intents are resolved:
/// unknown nodes, intents and facts, unreachable nodes, dead ends, transitions that never fire.
public enum ScenarioCheck {
    public struct Problem: Sendable, Equatable {
        /// The node the problem is in (nil: the scenario as a whole).
        public var node: String?
        /// The transition of that node (0-based), when the problem is in one.
        public var transition: Int?
        public var message: String
    }

    public static func problems(_ script: RolePlayScript) -> [Problem] {
        let scenario = script.scenario
        let intentIDs = script.intents.map(\.id)
        let factIDs = scenario.facts.map(\.id)
        let nodeIDs = scenario.nodes.map(\.id)
        var problems: [Problem] = []
        func unknownIntents(_ ids: [String]) -> [String] { ids.filter { !intentIDs.contains($0) } }
        func hint(_ word: String, _ among: [String]) -> String {
            Suggestion.closest(to: word, among: among).map { " (did you mean `\($0)`?)" } ?? ""
        }

        if scenario.node(scenario.start) == nil {
            problems.append(Problem(message: "start node `\(scenario.start)` does not exist\(hint(scenario.start, nodeIDs))"))
        }
        for fact in scenario.facts {
            for id in unknownIntents(fact.askedBy) {
                problems.append(Problem(message: "fact `\(fact.id)`: unknown intent `\(id)`\(hint(id, intentIDs))"))
            }
        }
        for criterion in script.criteria {
            for id in unknownIntents(criterion.intents) {
                problems.append(Problem(message: "rubric `\(criterion.id)`: unknown intent `\(id)`\(hint(id, intentIDs))"))
            }
        }
        if !scenario.nodes.contains(where: { $0.ending == scenario.goal }) {
            problems.append(Problem(message: "no node ends `\(scenario.goal.rawValue)`, the scenario's goal"))
        }

        for node in scenario.nodes {
            if node.ending == nil && node.transitions.isEmpty {
                problems.append(Problem(node: node.id, message: "node `\(node.id)` is a dead end: it has no transitions and no `ending`"))
            }
            if node.ending != nil && !node.transitions.isEmpty {
                problems.append(Problem(node: node.id, message: "node `\(node.id)` ends the conversation, so its transitions never fire"))
            }
            var seen: [Scenario.Condition] = []
            for (index, transition) in node.transitions.enumerated() {
                func add(_ message: String) { problems.append(Problem(node: node.id, transition: index, message: message)) }
                let condition = transition.when
                if scenario.node(transition.to) == nil {
                    add("transition to unknown node `\(transition.to)`\(hint(transition.to, nodeIDs))")
                }
                for id in unknownIntents(condition.namedIntents) { add("unknown intent `\(id)`\(hint(id, intentIDs))") }
                for id in (condition.facts + condition.missingFacts) where !factIDs.contains(id) {
                    add("unknown fact `\(id)`\(hint(id, factIDs))")
                }
                let target = scenario.node(transition.to)
                if seen.contains(where: { covers($0, condition) }) {
                    add("this transition can never fire: an earlier one of node `\(node.id)` always fires first")
                } else if let both = condition.intents.first(where: condition.noIntent.contains) {
                    add("this transition can never fire: it needs `\(both)` and forbids it")
                } else if let both = condition.facts.first(where: condition.missingFacts.contains), condition.missingFacts.count == 1 {
                    add("this transition can never fire: it needs fact `\(both)` known and missing")
                } else if target?.ending == nil, let most = condition.patienceAtMost, most <= 0 {
                    add("this transition can never fire: at patience \(most) the customer has already given up")
                } else if target?.ending == nil, let turns = condition.turnsAtLeast, turns >= scenario.maxTurns {
                    add("this transition can never fire: after \(scenario.maxTurns) turns (`max_turns`) the customer has given up")
                }
                seen.append(condition)
            }
        }

        // Reachability from the start, and whether an ending can be reached from every node.
        var reached: Set<String> = [scenario.start]
        var queue = [scenario.start]
        while let id = queue.popLast() {
            for transition in scenario.node(id)?.transitions ?? [] where reached.insert(transition.to).inserted {
                queue.append(transition.to)
            }
        }
        for node in scenario.nodes where !reached.contains(node.id) {
            problems.append(Problem(node: node.id, message: "node `\(node.id)` is unreachable from `\(scenario.start)`"))
        }
        var ends = Set(scenario.nodes.filter { $0.ending != nil }.map(\.id))
        var grew = true
        while grew {
            grew = false
            for node in scenario.nodes where !ends.contains(node.id) && node.transitions.contains(where: { ends.contains($0.to) }) {
                ends.insert(node.id)
                grew = true
            }
        }
        for node in scenario.nodes where reached.contains(node.id) && !ends.contains(node.id) && !node.transitions.isEmpty {
            problems.append(Problem(node: node.id, message: "node `\(node.id)` is a dead end: no ending can be reached from it"))
        }
        return problems
    }

    /// Whether `earlier` holds whenever `later` does, so `later` never gets its turn.
    static func covers(_ earlier: Scenario.Condition, _ later: Scenario.Condition) -> Bool {
        Set(earlier.intents).isSubset(of: later.intents)
            && (earlier.anyIntent.isEmpty || (!later.anyIntent.isEmpty && Set(later.anyIntent).isSubset(of: earlier.anyIntent))
                || earlier.anyIntent.contains(where: later.intents.contains))
            && Set(earlier.noIntent).isSubset(of: later.noIntent)
            && Set(earlier.facts).isSubset(of: later.facts)
            && (earlier.missingFacts.isEmpty || earlier.missingFacts == later.missingFacts)
            && earlier.patienceAtMost == nil && earlier.turnsAtLeast == nil
    }
}
