/// Where a conversation stands: the node, the customer's patience, what the agent found out,
/// every agent turn with what it did, and the ending once there is one.
public struct RolePlayState: Sendable, Hashable, Codable {
    public struct Turn: Sendable, Hashable, Codable {
        public var line: String
        public var intents: [String]
        /// Facts the customer told in answer to this turn.
        public var learned: [String]
        public var patience: Int
    }

    public var node: String
    public var patience: Int
    public var known: [String]
    public var turns: [Turn]
    public var hints: Int
    public var ending: Scenario.Ending?

    public var isOver: Bool { ending != nil }
}

/// What happened in one step, for the transcript and the meter.
public enum RolePlayEvent: Sendable, Hashable {
    case recognised([String])
    case learned(String)
    case patience(change: Int, left: Int)
    case moved(to: String)
    case ended(Scenario.Ending)
}

/// The role-play engine: values in, values out, the same lines always giving the same
/// conversation (variants are picked by a stable hash of the state, never at random).
public enum RolePlayEngine {
    public struct Step: Sendable, Hashable {
        public var state: RolePlayState
        /// What the customer says back, one entry per line.
        public var reply: [String]
        public var events: [RolePlayEvent]
    }

    public static let defaultNudges = ["Okay… and what now?", "So? What happens next?", "I'm still waiting for an answer."]
    public static let defaultGivesUp = ["Forget it. I'll sort this out some other way."]
    public static let defaultClosedEarly = ["Wait, that's it? Nothing is fixed yet…"]

    /// The state before the first turn, and what the customer says first.
    public static func start(_ script: RolePlayScript) -> (state: RolePlayState, opening: [String]) {
        let scenario = script.scenario
        let state = RolePlayState(node: scenario.start, patience: scenario.customer.patience, known: [], turns: [], hints: 0, ending: nil)
        return (state, [pick(scenario.node(scenario.start)?.say ?? [], scenario: scenario, state: state)].filter { !$0.isEmpty })
    }

    /// One agent turn: what it did, what the customer tells, how patience moves, where the
    /// conversation goes and what the customer says back.
    public static func step(_ script: RolePlayScript, _ state: RolePlayState, line: String) -> Step {
        let scenario = script.scenario
        var state = state
        guard !state.isOver else { return Step(state: state, reply: [], events: []) }
        let intents = script.matcher.recognise(line)
        var events: [RolePlayEvent] = [.recognised(intents)]

        var learned = scenario.facts.filter { fact in
            !state.known.contains(fact.id) && fact.askedBy.contains { intents.contains($0) }
        }
        let before = state
        state.known += learned.map(\.id)

        let recognised = intents.compactMap(script.intent)
        var change = recognised.reduce(0) { $0 + $1.patience }
        if !recognised.contains(where: { $0.polarity == .positive }) { change -= 1 }
        state.patience = min(scenario.customer.patience, state.patience + change)
        events.append(.patience(change: state.patience - before.patience, left: state.patience))
        state.turns.append(.init(line: line, intents: intents, learned: learned.map(\.id), patience: state.patience))

        let current = scenario.node(state.node)
        var transition = current?.transitions.first { holds($0.when, intents: intents, state: state) }
        // A silent customer tells nothing: facts asked in a turn that lands on a withholding node stay unknown.
        if !learned.isEmpty, scenario.node(transition?.to ?? state.node)?.withholds == true {
            learned = []
            state.known = before.known
            state.turns[state.turns.count - 1].learned = []
            transition = current?.transitions.first { holds($0.when, intents: intents, state: state) }
        }
        events += learned.map { .learned($0.id) }
        var reply = learned.map(\.answer)
        if let transition, let target = scenario.node(transition.to), target.ending != nil || (state.patience > 0 && state.turns.count < scenario.maxTurns) {
            // One message may cover several steps ("within the hour. Anything else?"): keep moving
            // while the next node's transitions hold too; the customer answers the last node.
            var node = target
            var visited: Set<String> = [scenario.node(state.node)?.id ?? "", target.id]
            while node.ending == nil,
                  let next = node.transitions.first(where: { holds($0.when, intents: intents, state: state) }),
                  let further = scenario.node(next.to), visited.insert(further.id).inserted {
                events.append(.moved(to: node.id))
                node = further
            }
            state.node = node.id
            events.append(.moved(to: node.id))
            reply.append(pick(node.say, scenario: scenario, state: state))
            if let ending = node.ending {
                state.ending = ending
                events.append(.ended(ending))
            }
        } else if state.patience <= 0 || state.turns.count >= scenario.maxTurns {
            state.ending = .gaveUp
            events.append(.ended(.gaveUp))
            reply.append(pick(scenario.givesUp.isEmpty ? defaultGivesUp : scenario.givesUp, scenario: scenario, state: state))
        } else if intents.contains("goodbye") {
            state.ending = .closedEarly
            events.append(.ended(.closedEarly))
            reply.append(pick(scenario.closedEarly.isEmpty ? defaultClosedEarly : scenario.closedEarly, scenario: scenario, state: state))
        } else if learned.isEmpty {
            let nudges = current?.nudge ?? []
            reply.append(pick(nudges.isEmpty ? defaultNudges : nudges, scenario: scenario, state: state))
        }
        return Step(state: state, reply: reply.filter { !$0.isEmpty }, events: events)
    }

    /// Replays agent lines from the start: how a stored conversation is resumed or re-scored.
    public static func replay(_ script: RolePlayScript, lines: [String], hints: Int = 0) -> RolePlayState {
        var state = start(script).state
        for line in lines where !state.isOver { state = step(script, state, line: line).state }
        state.hints = hints
        return state
    }

    static func holds(_ condition: Scenario.Condition, intents: [String], state: RolePlayState) -> Bool {
        condition.intents.allSatisfy(intents.contains)
            && (condition.anyIntent.isEmpty || condition.anyIntent.contains(where: intents.contains))
            && !condition.noIntent.contains(where: intents.contains)
            && condition.facts.allSatisfy(state.known.contains)
            && (condition.missingFacts.isEmpty || condition.missingFacts.contains { !state.known.contains($0) })
            && condition.patienceAtMost.map { state.patience <= $0 } ?? true
            && condition.turnsAtLeast.map { state.turns.count >= $0 } ?? true
    }

    /// A variant chosen by an FNV-1a hash of the scenario, node, turn and patience: stable
    /// across runs and machines (Swift's `Hasher` is seeded per process).
    static func pick(_ variants: [String], scenario: Scenario, state: RolePlayState) -> String {
        guard !variants.isEmpty else { return "" }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(scenario.id)|\(state.node)|\(state.turns.count)|\(state.patience)".utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0100_0000_01b3
        }
        return variants[Int(hash % UInt64(variants.count))]
    }
}
