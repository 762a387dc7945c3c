/// One thing the trainee (or their mentor) does in a shift. Every action costs simulated minutes;
/// a shift is its plan plus its actions, so replaying the stored actions rebuilds it exactly.
public enum ShiftAction: Sendable, Hashable, Codable {
    /// What a message to the customer is: a reply, a request for details, a follow-up after silence.
    public enum MessageKind: String, Sendable, Hashable, Codable { case reply, ask, followUp = "followup" }

    /// A message to the customer, with the intents recognised in it when it was written.
    public struct Message: Sendable, Hashable, Codable {
        public var kind: MessageKind
        public var text: String
        /// The saved reply it was made from, if any.
        public var saved: String?
        public var intents: [String]

        /// Intents (of `Curriculum/scenarios/intents.yaml`) that ask the customer for details.
        public static let askingIntents: Set<String> = ["clarify", "identify", "ask_since", "ask_impact", "ask_change"]

        public var asksForDetails: Bool { !Self.askingIntents.isDisjoint(with: intents) }

        public init(kind: MessageKind, text: String, saved: String? = nil, intents: [String] = []) {
            self.kind = kind
            self.text = text
            self.saved = saved
            self.intents = intents
        }
    }

    case open(ticket: Int)
    case tag(ticket: Int, segment: TicketTemplate.Segment)
    case priority(ticket: Int, priority: Priority)
    /// A message that goes to the customer at once (free practice).
    case send(ticket: Int, message: Message)
    /// A message written as a draft for the mentor (supervised mode).
    case draft(ticket: Int, draft: Int64, message: Message)
    /// The mentor approved a draft: it reaches the customer now.
    case deliver(draft: Int64)
    /// The mentor returned a draft with a comment.
    case returnDraft(draft: Int64, comment: String)
    case escalate(ticket: Int, team: TicketTemplate.Team)
    case note(ticket: Int, text: String)
    case close(ticket: Int)
    case wait(minutes: Int)

    /// Simulated minutes the action takes.
    public var cost: Int {
        switch self {
        case .open, .tag, .priority, .note, .close: 1
        case .send(_, let message), .draft(_, _, let message):
            switch message.kind {
            case .reply: 4
            case .ask, .followUp: 2
            }
        case .escalate: 3
        case .wait(let minutes): max(0, minutes)
        case .deliver, .returnDraft: 0
        }
    }

    /// The ticket it acts on, if one.
    public var ticket: Int? {
        switch self {
        case .open(let t), .tag(let t, _), .priority(let t, _), .send(let t, _), .draft(let t, _, _), .escalate(let t, _),
             .note(let t, _), .close(let t): t
        case .deliver, .returnDraft, .wait: nil
        }
    }
}
