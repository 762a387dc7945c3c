/// Everything the content folders hold, validated and indexed for look-up.
///
/// Each section is made on first read: a curriculum from the content cache decodes only what a
/// command reads (a plan view decodes no question bank; a quiz decodes its own bank only).
public struct Curriculum: Sendable, Codable {
    /// The banks by topic, each made on first read.
    private let shelf: [(topic: String, bank: Deferred<QuestionBank>)]
    private let allBanks: Deferred<[QuestionBank]>
    private let deferredExams: Deferred<[ExamBlueprint]>
    /// The plans by track, each made on first read (a trainee's views read one).
    private let planShelf: [(track: String, plan: Deferred<Plan?>)]
    private let deferredPlans: Deferred<[Plan]>
    private let deferredLessons: Deferred<[Lesson]>
    private let deferredScenarios: Deferred<[Scenario]>
    private let deferredIntents: Deferred<[Intent]>
    private let deferredTickets: Deferred<[TicketTemplate]>
    private let deferredReplies: Deferred<[SavedReply]>
    private let deferredSLA: Deferred<SLAPolicy>
    private let deferredTitles: Deferred<ContentTitles>
    private let deferredQuestionTopics: Deferred<QuestionTopics>

    public var banks: [QuestionBank] { allBanks.value }
    public var exams: [ExamBlueprint] { deferredExams.value }
    public var plans: [Plan] { deferredPlans.value }
    public var lessons: [Lesson] { deferredLessons.value }
    /// Scripted customers (`Curriculum/scenarios/<id>.yaml`).
    public var scenarios: [Scenario] { deferredScenarios.value }
    /// The shared intent library (`Curriculum/scenarios/intents.yaml`).
    public var intents: [Intent] { deferredIntents.value }
    /// Sandbox ticket templates (`Curriculum/tickets/<id>.yaml`).
    public var tickets: [TicketTemplate] { deferredTickets.value }
    /// Saved replies (`Curriculum/replies/*.yaml`).
    public var replies: [SavedReply] { deferredReplies.value }
    /// SLA targets (`Curriculum/tickets/sla.yaml`, else the POLICY.md matrix).
    public var sla: SLAPolicy { deferredSLA.value }
    /// Titles of banks, lessons, scenarios and exams, without making those sections.
    public var titles: ContentTitles { deferredTitles.value }
    /// Which bank holds each question, without making the banks.
    public var questionTopics: QuestionTopics { deferredQuestionTopics.value }

    public init(banks: [QuestionBank], exams: [ExamBlueprint], plans: [Plan], lessons: [Lesson],
                scenarios: [Scenario] = [], intents: [Intent] = [], tickets: [TicketTemplate] = [], replies: [SavedReply] = [],
                sla: SLAPolicy = .standard) {
        self.init(Sections(
            banks: banks.map { bank in (topic: bank.topic, make: { @Sendable in bank }) }, exams: { exams }, plans: plans.map { plan in (track: plan.track, make: { @Sendable in plan }) }, lessons: { lessons },
            scenarios: { scenarios }, intents: { intents }, tickets: { tickets }, replies: { replies }, sla: { sla }))
    }

    /// How to make each section when it is first read.
    public struct Sections: Sendable {
        public var banks: [(topic: String, make: @Sendable () -> QuestionBank)]
        public var exams: @Sendable () -> [ExamBlueprint]
        /// Each track's plan; nil when it cannot be made.
        public var plans: [(track: String, make: @Sendable () -> Plan?)]
        public var lessons: @Sendable () -> [Lesson]
        public var scenarios: @Sendable () -> [Scenario]
        public var intents: @Sendable () -> [Intent]
        public var tickets: @Sendable () -> [TicketTemplate]
        public var replies: @Sendable () -> [SavedReply]
        public var sla: @Sendable () -> SLAPolicy
        /// The titles and question places when they are kept apart (the content cache); nil:
        /// worked out from the sections.
        public var titles: @Sendable () -> ContentTitles?
        public var questionTopics: @Sendable () -> QuestionTopics?

        public init(banks: [(topic: String, make: @Sendable () -> QuestionBank)], exams: @escaping @Sendable () -> [ExamBlueprint],
                    plans: [(track: String, make: @Sendable () -> Plan?)], lessons: @escaping @Sendable () -> [Lesson],
                    scenarios: @escaping @Sendable () -> [Scenario], intents: @escaping @Sendable () -> [Intent],
                    tickets: @escaping @Sendable () -> [TicketTemplate], replies: @escaping @Sendable () -> [SavedReply],
                    sla: @escaping @Sendable () -> SLAPolicy, titles: @escaping @Sendable () -> ContentTitles? = { nil },
                    questionTopics: @escaping @Sendable () -> QuestionTopics? = { nil }) {
            self.banks = banks
            self.exams = exams
            self.plans = plans
            self.lessons = lessons
            self.scenarios = scenarios
            self.intents = intents
            self.tickets = tickets
            self.replies = replies
            self.sla = sla
            self.titles = titles
            self.questionTopics = questionTopics
        }
    }

    /// A curriculum whose sections are made when first read, each kept in its canonical order.
    public init(_ sections: Sections) {
        let shelf = sections.banks.sorted { $0.topic < $1.topic }.map { (topic: $0.topic, bank: Deferred<QuestionBank>($0.make)) }
        self.shelf = shelf
        // Banks from the content cache are decoded on every core: `check` reads them all.
        allBanks = Deferred { shelf.concurrentMap { $0.bank.value } }
        deferredExams = Deferred { sections.exams().sorted { $0.id < $1.id } }
        let planShelf = sections.plans.sorted { $0.track < $1.track }.map { (track: $0.track, plan: Deferred<Plan?>($0.make)) }
        self.planShelf = planShelf
        deferredPlans = Deferred { planShelf.compactMap { $0.plan.value } }
        deferredLessons = Deferred { sections.lessons().sorted { $0.qualifiedID < $1.qualifiedID } }
        deferredScenarios = Deferred { sections.scenarios().sorted { $0.id < $1.id } }
        deferredIntents = Deferred(sections.intents)
        deferredTickets = Deferred { sections.tickets().sorted { $0.id < $1.id } }
        deferredReplies = Deferred(sections.replies)
        deferredSLA = Deferred(sections.sla)
        let (banks, lessons, scenarios, exams) = (allBanks, deferredLessons, deferredScenarios, deferredExams)
        deferredTitles = Deferred {
            sections.titles() ?? ContentTitles(banks: banks.value, lessons: lessons.value, scenarios: scenarios.value, exams: exams.value)
        }
        deferredQuestionTopics = Deferred { sections.questionTopics() ?? QuestionTopics(banks: banks.value) }
    }

    private enum CodingKeys: String, CodingKey {
        case banks, exams, plans, lessons, scenarios, intents, tickets, replies, sla
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(banks: try c.decode([QuestionBank].self, forKey: .banks), exams: try c.decode([ExamBlueprint].self, forKey: .exams),
                  plans: try c.decode([Plan].self, forKey: .plans), lessons: try c.decode([Lesson].self, forKey: .lessons),
                  scenarios: try c.decode([Scenario].self, forKey: .scenarios), intents: try c.decode([Intent].self, forKey: .intents),
                  tickets: try c.decode([TicketTemplate].self, forKey: .tickets), replies: try c.decode([SavedReply].self, forKey: .replies),
                  sla: try c.decode(SLAPolicy.self, forKey: .sla))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(banks, forKey: .banks)
        try c.encode(exams, forKey: .exams)
        try c.encode(plans, forKey: .plans)
        try c.encode(lessons, forKey: .lessons)
        try c.encode(scenarios, forKey: .scenarios)
        try c.encode(intents, forKey: .intents)
        try c.encode(tickets, forKey: .tickets)
        try c.encode(replies, forKey: .replies)
        try c.encode(sla, forKey: .sla)
    }

    public static let empty = Curriculum(banks: [], exams: [], plans: [], lessons: [])

    /// One bank, made alone if no other was read yet.
    public func bank(_ topic: String) -> QuestionBank? { shelf.first { $0.topic == topic }?.bank.value }
    public func exam(_ id: String) -> ExamBlueprint? { exams.first { $0.id == id } }
    /// One track's plan, made alone if no other was read yet.
    public func plan(_ track: String) -> Plan? { planShelf.first { $0.track == track }?.plan.value }
    public func scenario(_ id: String) -> Scenario? { scenarios.first { $0.id == id } }
    public func ticket(_ id: String) -> TicketTemplate? { tickets.first { $0.id == id } }
    public func reply(_ id: String) -> SavedReply? { replies.first { $0.id == id } }

    /// A scenario ready to play, its intents and rubric resolved.
    public func script(_ id: String) -> RolePlayScript? { scenario(id).map { RolePlayScript($0, library: intents) } }

    /// A question by id, making only the bank that holds it.
    public func question(_ id: String) -> Question? {
        questionTopics.topics[id].flatMap { bank($0)?.questions.first { $0.id == id } }
    }

    /// Resolves a plan's lesson reference: `id` in the given track, or a qualified `track/id`.
    public func lesson(_ ref: String, inTrack track: String) -> Lesson? {
        let qualified = Lesson.qualified(ref, inTrack: track)
        return lessons.first { $0.qualifiedID == qualified }
    }

    /// The title of `lesson(ref, inTrack:)`, without making the lessons.
    public func lessonTitle(_ ref: String, inTrack track: String) -> String? { titles.lessons[Lesson.qualified(ref, inTrack: track)] }

    /// The topics, without making any bank.
    public var topics: [String] { shelf.map(\.topic) }
    public var tracks: [String] { planShelf.map(\.track) }
}
