/// A scripted customer (`Curriculum/scenarios/<id>.yaml`): who calls, what the agent must find
/// out, and a dialogue graph whose transitions are chosen by what each agent turn did.
public struct Scenario: Sendable, Hashable, Codable {
    public enum Channel: String, Sendable, Hashable, Codable, CaseIterable { case phone, chat, messenger, email }
    public enum Difficulty: String, Sendable, Hashable, Codable, CaseIterable { case easy, medium, hard }

    public struct Customer: Sendable, Hashable, Codable {
        public var name: String
        public var company: String
        /// The customer's plan: Start, Growth, Business.
        public var tier: String
        public var channel: Channel
        public var mood: String
        /// Starting patience: unhelpful turns spend it; at 0 the customer gives up.
        public var patience: Int

        public init(name: String, company: String, tier: String, channel: Channel, mood: String, patience: Int) {
            self.name = name
            self.company = company
            self.tier = tier
            self.channel = channel
            self.mood = mood
            self.patience = patience
        }
    }

    /// Something the customer knows and tells only when asked (the account, what changed, since when, the impact).
    public struct Fact: Sendable, Hashable, Codable {
        public var id: String
        public var label: String
        /// Intents whose turn makes the customer tell it.
        public var askedBy: [String]
        /// What the customer says when asked.
        public var answer: String

        public init(id: String, label: String, askedBy: [String], answer: String) {
            self.id = id
            self.label = label
            self.askedBy = askedBy
            self.answer = answer
        }
    }

    public struct Node: Sendable, Hashable, Codable {
        public var id: String
        /// What the customer says on arriving here; one variant is picked by a hash of the state.
        public var say: [String]
        /// What the customer says when a turn moves nothing here (default: the scenario's).
        public var nudge: [String]
        public var transitions: [Transition]
        /// Set on a node that ends the conversation.
        public var ending: Ending?
        /// The customer tells no facts in a turn that arrives at or stays at this node (a silent customer).
        public var withholds: Bool

        public init(id: String, say: [String], nudge: [String] = [], transitions: [Transition] = [], ending: Ending? = nil,
                    withholds: Bool = false) {
            self.id = id
            self.say = say
            self.nudge = nudge
            self.transitions = transitions
            self.ending = ending
            self.withholds = withholds
        }

        enum CodingKeys: String, CodingKey { case id, say, nudge, transitions, ending, withholds }

        /// Stored role-plays keep their script as JSON: a field added later decodes to its default
        /// in a record written before it existed.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            say = try c.decode([String].self, forKey: .say)
            nudge = try c.decodeIfPresent([String].self, forKey: .nudge) ?? []
            transitions = try c.decodeIfPresent([Transition].self, forKey: .transitions) ?? []
            ending = try c.decodeIfPresent(Ending.self, forKey: .ending)
            withholds = try c.decodeIfPresent(Bool.self, forKey: .withholds) ?? false
        }
    }

    /// Taken, first match wins, when its condition holds after the agent's turn.
    public struct Transition: Sendable, Hashable, Codable {
        public var when: Condition
        public var to: String

        public init(when: Condition, to: String) {
            self.when = when
            self.to = to
        }
    }

    /// What must hold after a turn; every part given must hold, an empty condition always holds.
    public struct Condition: Sendable, Hashable, Codable {
        /// All of these intents recognised in the turn.
        public var intents: [String]
        /// At least one of these recognised in the turn.
        public var anyIntent: [String]
        /// None of these recognised in the turn.
        public var noIntent: [String]
        /// These facts known (learned in this turn or before).
        public var facts: [String]
        /// At least one of these facts still unknown.
        public var missingFacts: [String]
        /// Patience left at most this.
        public var patienceAtMost: Int?
        /// At least this many agent turns taken.
        public var turnsAtLeast: Int?

        public init(intents: [String] = [], anyIntent: [String] = [], noIntent: [String] = [], facts: [String] = [],
                    missingFacts: [String] = [], patienceAtMost: Int? = nil, turnsAtLeast: Int? = nil) {
            self.intents = intents
            self.anyIntent = anyIntent
            self.noIntent = noIntent
            self.facts = facts
            self.missingFacts = missingFacts
            self.patienceAtMost = patienceAtMost
            self.turnsAtLeast = turnsAtLeast
        }

        /// Every intent the condition names.
        public var namedIntents: [String] { intents + anyIntent + noIntent }
    }

    public enum Ending: String, Sendable, Hashable, Codable, CaseIterable {
        case resolved
        /// Handed on to the right team with the facts collected.
        case escalated
        /// Patience spent (or too many turns).
        case gaveUp = "gave_up"
        /// The agent said goodbye before the problem was handled.
        case closedEarly = "closed_early"

        public var phrase: String {
            switch self {
            case .resolved: "resolved"
            case .escalated: "escalated correctly"
            case .gaveUp: "the customer gave up"
            case .closedEarly: "closed too early"
            }
        }
    }

    public var id: String
    public var title: String
    /// The track it trains for (`support`, `customer-success`).
    public var track: String
    public var difficulty: Difficulty
    /// What the trainee is told before the customer speaks.
    public var brief: String
    public var customer: Customer
    public var facts: [Fact]
    public var start: String
    public var nodes: [Node]
    /// The ending that counts as success: `resolved`, or `escalated` when the case must go on.
    public var goal: Ending
    /// Intents added to or replacing the shared library's for this scenario.
    public var intents: [Intent]
    /// Changes to the default rubric: weights by criterion id (0 drops one), extra criteria.
    public var rubric: [Criterion]
    public var passMark: Int
    /// After this many agent turns the customer gives up.
    public var maxTurns: Int
    /// Said when patience runs out, and when the agent says goodbye too early.
    public var givesUp: [String]
    public var closedEarly: [String]

    public static let defaultPassMark = 70
    public static let defaultMaxTurns = 16

    public init(id: String, title: String, track: String, difficulty: Difficulty, brief: String, customer: Customer,
                facts: [Fact], start: String, nodes: [Node], goal: Ending = .resolved, intents: [Intent] = [],
                rubric: [Criterion] = [], passMark: Int = Scenario.defaultPassMark, maxTurns: Int = Scenario.defaultMaxTurns,
                givesUp: [String] = [], closedEarly: [String] = []) {
        self.id = id
        self.title = title
        self.track = track
        self.difficulty = difficulty
        self.brief = brief
        self.customer = customer
        self.facts = facts
        self.start = start
        self.nodes = nodes
        self.goal = goal
        self.intents = intents
        self.rubric = rubric
        self.passMark = passMark
        self.maxTurns = maxTurns
        self.givesUp = givesUp
        self.closedEarly = closedEarly
    }

    public func node(_ id: String) -> Node? { nodes.first { $0.id == id } }
}
