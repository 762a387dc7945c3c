/// One thing the rubric checks, with its weight and a hint for a trainee who asks.
public struct Criterion: Sendable, Hashable, Codable {
    public enum Rule: String, Sendable, Hashable, Codable, CaseIterable {
        /// A step of the call structure: any of `intents` in some turn.
        case step
        /// The steps met came in the order of the call structure.
        case order
        /// Any of `intents` in some turn (a time frame, thanks).
        case said
        /// None of `intents` in any turn (rudeness, blame); lost at the first.
        case avoid
        /// Every hidden fact found out.
        case facts
        /// An escalation turn after every fact was known.
        case escalation
        /// The conversation ended with the scenario's goal.
        case outcome
    }

    public var id: String
    public var name: String
    public var rule: Rule
    public var intents: [String]
    public var weight: Int
    public var hint: String

    public init(id: String, name: String, rule: Rule, intents: [String] = [], weight: Int, hint: String) {
        self.id = id
        self.name = name
        self.rule = rule
        self.intents = intents
        self.weight = weight
        self.hint = hint
    }
}

/// The rubric: by default the call structure of the seeds (greeting, identification,
/// clarification, solution, summary, closing question, in that order), the rules (a time frame,
/// thanks, politeness, no blame, escalation with the facts when the scenario needs it) and the
/// outcome. A scenario changes weights by id (0 drops a criterion) or adds its own.
public enum Rubric {
    /// Each hint taken costs this many points of the final score.
    public static let hintCost = 5

    public static let structure = ["greeting", "identification", "clarification", "solution", "summary", "closing_question"]

    public static func defaults(for scenario: Scenario) -> [Criterion] {
        var criteria = [
            Criterion(id: "greeting", name: "greeting and introduction", rule: .step, intents: ["greeting"], weight: 8,
                      hint: "greet the customer and say who you are"),
            Criterion(id: "identification", name: "identified the customer", rule: .step, intents: ["identify"], weight: 8,
                      hint: "ask which account (company, project or e-mail) this is about"),
            Criterion(id: "clarification", name: "clarifying questions", rule: .step,
                      intents: ["clarify", "ask_since", "ask_impact", "ask_change"], weight: 8,
                      hint: "ask what exactly happens, since when, and what it costs them"),
            Criterion(id: "solution", name: "a solution step", rule: .step, intents: ["solution", "escalate"], weight: 12,
                      hint: "offer a concrete step: what you do now, or what they do"),
            Criterion(id: "summary", name: "summary", rule: .step, intents: ["summary"], weight: 8,
                      hint: "sum up what you found and what happens next"),
            Criterion(id: "closing_question", name: "closing question", rule: .step, intents: ["closing_question"], weight: 8,
                      hint: "ask whether that helped or whether there is anything else"),
            Criterion(id: "order", name: "call structure in order", rule: .order, weight: 4,
                      hint: "greeting, identification, clarification, solution, summary, closing question"),
            Criterion(id: "time_frame", name: "gave a time frame", rule: .said, intents: ["time_frame"], weight: 8,
                      hint: "say by when something will happen (\"within the hour\", \"by 15:00\")"),
            Criterion(id: "thanked", name: "thanked the customer", rule: .said, intents: ["thanks"], weight: 4,
                      hint: "thank them (for the details, for their patience)"),
            Criterion(id: "polite", name: "stayed polite and clear", rule: .avoid,
                      intents: ["rude", "jargon", "dont_understand", "faq_only", "vague_promise"], weight: 8,
                      hint: "no rudeness, jargon, bare FAQ links or promises without a time"),
            Criterion(id: "never_blamed", name: "never blamed the customer", rule: .avoid, intents: ["blame"], weight: 6,
                      hint: "describe what happened, not whose fault it is"),
        ]
        if !scenario.facts.isEmpty {
            criteria.append(Criterion(id: "facts", name: "found out the facts", rule: .facts, weight: 8,
                                      hint: "you have not found out: \(scenario.facts.map(\.label).joined(separator: ", "))"))
        }
        if scenario.goal == .escalated {
            criteria.append(Criterion(id: "escalated_with_facts", name: "escalated with the facts", rule: .escalation,
                                      intents: ["escalate"], weight: 10,
                                      hint: "escalate once you know every fact, and say what you pass on"))
        }
        criteria.append(Criterion(id: "outcome", name: "outcome: \(scenario.goal.phrase)", rule: .outcome, weight: 10,
                                  hint: "bring the conversation to its end: \(scenario.goal.phrase)"))
        return criteria
    }

    /// The defaults with the scenario's changes applied; criteria of weight 0 are dropped.
    public static func criteria(for scenario: Scenario) -> [Criterion] {
        var criteria = defaults(for: scenario)
        for change in scenario.rubric {
            if let index = criteria.firstIndex(where: { $0.id == change.id }) {
                criteria[index].weight = change.weight
                if !change.intents.isEmpty { criteria[index].intents = change.intents }
            } else {
                criteria.append(change)
            }
        }
        return criteria.filter { $0.weight > 0 }
    }
}

/// A criterion as judged: met or missed, and the turn (1-based agent turn) that earned or lost it.
public struct CriterionResult: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var weight: Int
    public var met: Bool
    public var turn: Int?

    public init(id: String, name: String, weight: Int, met: Bool, turn: Int?) {
        self.id = id
        self.name = name
        self.weight = weight
        self.met = met
        self.turn = turn
    }
}

/// The score of a conversation (0–100), every criterion with its turn, and whether it passed.
public struct RolePlayScore: Sendable, Hashable, Codable {
    public var criteria: [CriterionResult]
    public var hints: Int
    public var score: Int
    public var passMark: Int
    public var ending: Scenario.Ending?

    public init(criteria: [CriterionResult], hints: Int, score: Int, passMark: Int, ending: Scenario.Ending?) {
        self.criteria = criteria
        self.hints = hints
        self.score = score
        self.passMark = passMark
        self.ending = ending
    }

    public var passed: Bool { score >= passMark }
    public var met: [String] { criteria.filter(\.met).map(\.id) }
}
