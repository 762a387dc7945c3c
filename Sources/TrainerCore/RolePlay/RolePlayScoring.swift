/// Judges a conversation against its rubric, turn by turn.
public enum RolePlayScoring {
    public static func score(_ script: RolePlayScript, _ state: RolePlayState) -> RolePlayScore {
        let turns = state.turns
        /// The first (1-based) turn with any of `intents`.
        func firstTurn(_ intents: [String], where extra: (Int) -> Bool = { _ in true }) -> Int? {
            turns.indices.first { i in turns[i].intents.contains(where: intents.contains) && extra(i) }.map { $0 + 1 }
        }
        let steps = script.criteria.filter { $0.rule == .step }
        let stepTurns = steps.map { firstTurn($0.intents) }

        let results = script.criteria.map { criterion -> CriterionResult in
            func result(_ met: Bool, _ turn: Int?) -> CriterionResult {
                CriterionResult(id: criterion.id, name: criterion.name, weight: criterion.weight, met: met, turn: turn)
            }
            switch criterion.rule {
            case .step, .said:
                let turn = firstTurn(criterion.intents)
                return result(turn != nil, turn)
            case .avoid:
                let turn = firstTurn(criterion.intents)
                return result(turn == nil, turn)
            case .order:
                // Lost at the first step that came before a step listed ahead of it.
                var latest = 0
                for turn in stepTurns.compactMap({ $0 }) {
                    if turn < latest { return result(false, turn) }
                    latest = turn
                }
                return result(stepTurns.contains { $0 != nil }, nil)
            case .facts:
                let all = script.scenario.facts.map(\.id)
                let met = !all.isEmpty && all.allSatisfy(state.known.contains)
                return result(met, met ? turns.indices.last { !turns[$0].learned.isEmpty }.map { $0 + 1 } : nil)
            case .escalation:
                let all = script.scenario.facts.map(\.id)
                let turn = firstTurn(criterion.intents) { i in
                    let known = turns[...i].flatMap(\.learned)
                    return all.allSatisfy(known.contains)
                }
                return result(turn != nil, turn ?? firstTurn(criterion.intents))
            case .outcome:
                return result(state.ending == script.scenario.goal, state.ending == nil ? nil : turns.count)
            }
        }
        let total = results.reduce(0) { $0 + $1.weight }
        let earned = results.filter(\.met).reduce(0) { $0 + $1.weight }
        let raw = total == 0 ? 0 : (earned * 100 + total / 2) / total
        let score = max(0, raw - state.hints * Rubric.hintCost)
        return RolePlayScore(criteria: results, hints: state.hints, score: score, passMark: script.scenario.passMark,
                             ending: state.ending)
    }

    /// The first criterion a trainee can still meet, as a hint (each hint costs `Rubric.hintCost`).
    public static func hint(_ script: RolePlayScript, _ state: RolePlayState) -> String {
        let score = score(script, state)
        let open = script.criteria.filter { criterion in
            [.step, .said, .facts, .escalation].contains(criterion.rule)
                && score.criteria.first { $0.id == criterion.id }?.met == false
        }
        guard let next = open.first else { return "Everything the rubric asks for so far is done: close the conversation well." }
        if next.rule == .facts {
            let missing = script.scenario.facts.filter { !state.known.contains($0.id) }.map(\.label)
            return "Still open: \(next.name): you have not found out \(missing.joined(separator: ", "))."
        }
        return "Still open: \(next.name): \(next.hint)."
    }
}
