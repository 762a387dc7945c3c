/// One ticket of a shift as it stands at the shift's clock.
public struct TicketState: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable, Codable {
        case open
        /// We asked the customer and wait for their answer: the resolution clock pauses.
        case pending
        /// Handed to another team; support passes their answer on.
        case escalated
        case closed
    }

    public struct Entry: Sendable, Hashable {
        public enum Speaker: String, Sendable, Hashable { case customer, agent, note, team, draft, mentor }
        public var minute: Int
        public var speaker: Speaker
        public var text: String
    }

    public let number: Int
    public let template: TicketTemplate
    public let variant: Int
    public let arrivedAt: Int
    /// The calendar its clocks run on (around the clock for Business P1).
    public let calendar: BusinessCalendar

    public internal(set) var status: Status = .open
    public internal(set) var segment: TicketTemplate.Segment?
    public internal(set) var priority: Priority?
    public internal(set) var known: Set<String>
    public internal(set) var mood: TicketTemplate.Mood
    public internal(set) var opened = false
    /// Messages the customer received, in order.
    public internal(set) var sent: [ShiftAction.Message] = []
    public internal(set) var sentAt: [Int] = []
    public internal(set) var firstResponseAt: Int?
    /// Our last message that asked the customer something (the 5-day count starts there).
    public internal(set) var lastQuestionAt: Int?
    public internal(set) var answerDueAt: Int?
    public internal(set) var pendingSince: Int?
    /// Business minutes the resolution clock stood still while pending.
    public internal(set) var pausedMinutes = 0
    public internal(set) var followUpAt: Int?
    public internal(set) var needlessAsks = 0
    public internal(set) var ignoredAt: Int?
    public internal(set) var escalatedTo: TicketTemplate.Team?
    public internal(set) var escalatedAt: Int?
    public internal(set) var teamAnswerAt: Int?
    public internal(set) var teamAnswered = false
    /// A reply went out after the team's answer came back.
    public internal(set) var answerPassedOn = false
    /// Why escalations were bounced back, in order.
    public internal(set) var bounces: [String] = []
    public internal(set) var closedAt: Int?
    public internal(set) var conversation: [Entry] = []

    init(arrival: ShiftPlan.Arrival, template: TicketTemplate, policy: SLAPolicy) {
        number = arrival.number
        self.template = template
        variant = min(arrival.variant, max(0, template.variants.count - 1))
        arrivedAt = arrival.minute
        calendar = policy.calendar(aroundTheClock: template.runsAroundTheClock)
        known = Set(template.known)
        mood = template.customer.mood
        let v = template.variants.isEmpty ? nil : template.variants[variant]
        conversation = [Entry(minute: arrivedAt, speaker: .customer, text: v?.body ?? "")]
    }

    public var id: String { "T\(number)" }
    public var subject: String { template.variants.isEmpty ? template.title : template.variants[variant].subject }
    public var isClosed: Bool { status == .closed }
    public var missingFacts: [String] { template.truth.needs.filter { !known.contains($0) } }

    /// The first-response deadline against the true priority (what grading uses).
    public func firstResponseDeadline(_ policy: SLAPolicy) -> Int {
        calendar.adding(policy.firstResponse(template.truth.priority, channel: template.channel, calendar: calendar), to: arrivedAt)
    }

    /// Business minutes the resolution clock has run by `minute` (pending time excluded).
    public func resolutionUsed(at minute: Int) -> Int {
        let running = calendar.businessMinutes(from: arrivedAt, to: minute)
        let pausing = pendingSince.map { calendar.businessMinutes(from: $0, to: minute) } ?? 0
        return running - pausedMinutes - pausing
    }

    /// When the resolution target (of `priority`) is reached, given the pauses so far.
    func resolutionDeadline(_ policy: SLAPolicy, priority: Priority) -> Int {
        calendar.adding(calendar.minutes(in: policy.targets(priority).resolution) + pausedMinutes, to: arrivedAt)
    }

    /// When support's part ended: closed, or handed to the right team.
    public var resolvedAt: Int? { escalatedAt ?? closedAt }
}
