/// Everything the content folders hold, validated and indexed for look-up.
public struct Curriculum: Sendable, Codable {
    public private(set) var banks: [QuestionBank]
    public private(set) var exams: [ExamBlueprint]
    public private(set) var plans: [Plan]
    public private(set) var lessons: [Lesson]
    /// Scripted customers (`Curriculum/scenarios/<id>.yaml`).
    public private(set) var scenarios: [Scenario]
    /// The shared intent library (`Curriculum/scenarios/intents.yaml`).
    public private(set) var intents: [Intent]
    /// Sandbox ticket templates (`Curriculum/tickets/<id>.yaml`).
    public private(set) var tickets: [TicketTemplate]
    /// Saved replies (`Curriculum/replies/*.yaml`).
    public private(set) var replies: [SavedReply]
    /// SLA targets (`Curriculum/tickets/sla.yaml`, else the POLICY.md matrix).
    public private(set) var sla: SLAPolicy

    public init(banks: [QuestionBank], exams: [ExamBlueprint], plans: [Plan], lessons: [Lesson],
                scenarios: [Scenario] = [], intents: [Intent] = [], tickets: [TicketTemplate] = [], replies: [SavedReply] = [],
                sla: SLAPolicy = .standard) {
        self.banks = banks.sorted { $0.topic < $1.topic }
        self.exams = exams.sorted { $0.id < $1.id }
        self.plans = plans.sorted { $0.track < $1.track }
        self.lessons = lessons.sorted { $0.qualifiedID < $1.qualifiedID }
        self.scenarios = scenarios.sorted { $0.id < $1.id }
        self.intents = intents
        self.tickets = tickets.sorted { $0.id < $1.id }
        self.replies = replies
        self.sla = sla
    }

    public static let empty = Curriculum(banks: [], exams: [], plans: [], lessons: [])

    public func bank(_ topic: String) -> QuestionBank? { banks.first { $0.topic == topic } }
    public func exam(_ id: String) -> ExamBlueprint? { exams.first { $0.id == id } }
    public func plan(_ track: String) -> Plan? { plans.first { $0.track == track } }
    public func scenario(_ id: String) -> Scenario? { scenarios.first { $0.id == id } }
    public func ticket(_ id: String) -> TicketTemplate? { tickets.first { $0.id == id } }
    public func reply(_ id: String) -> SavedReply? { replies.first { $0.id == id } }

    /// A scenario ready to play, its intents and rubric resolved.
    public func script(_ id: String) -> RolePlayScript? { scenario(id).map { RolePlayScript($0, library: intents) } }

    public func question(_ id: String) -> Question? {
        for bank in banks { if let q = bank.questions.first(where: { $0.id == id }) { return q } }
        return nil
    }

    /// Resolves a plan's lesson reference: `id` in the given track, or a qualified `track/id`.
    public func lesson(_ ref: String, inTrack track: String) -> Lesson? {
        let qualified = ref.contains("/") ? ref : "\(track)/\(ref)"
        return lessons.first { $0.qualifiedID == qualified }
    }

    public var topics: [String] { banks.map(\.topic) }
    public var tracks: [String] { plans.map(\.track) }
}
