/// A practice ticket as an author wrote it (`Curriculum/tickets/<id>.yaml`): who writes, what they
/// say, the hidden truth the trainee is graded against, and how the customer behaves.
public struct TicketTemplate: Sendable, Hashable, Codable {
    public enum Channel: String, Sendable, Hashable, Codable, CaseIterable { case phone, chat, messenger, email }
    public enum Tier: String, Sendable, Hashable, Codable, CaseIterable { case free, paid, highValue = "high-value" }
    public enum Mood: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        case calm, worried, annoyed, angry

        /// One step angrier (an angry customer stays angry).
        public var rising: Mood { Mood.allCases.first { $0 > self } ?? .angry }

        public static func < (a: Mood, b: Mood) -> Bool {
            (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
        }
    }
    /// The customer's plan decides their support hours (POLICY.md).
    public enum CustomerPlan: String, Sendable, Hashable, Codable, CaseIterable { case start, growth, business }
    public enum Segment: String, Sendable, Hashable, Codable, CaseIterable {
        case bug, featureRequest = "feature-request", howTo = "how-to", billing, sales, marketing
    }
    public enum Team: String, Sendable, Hashable, Codable, CaseIterable { case engineering, product, billing, sales, marketing, success }

    public struct Customer: Sendable, Hashable, Codable {
        public var name: String
        public var company: String
        public var tier: Tier
        public var mood: Mood
        public var plan: CustomerPlan

        public init(name: String, company: String, tier: Tier, mood: Mood, plan: CustomerPlan) {
            self.name = name
            self.company = company
            self.tier = tier
            self.mood = mood
            self.plan = plan
        }
    }

    public struct Variant: Sendable, Hashable, Codable {
        public var subject: String
        public var body: String

        public init(subject: String, body: String) {
            self.subject = subject
            self.body = body
        }
    }

    /// What the trainee is graded against; hidden until the ticket is graded.
    public struct Truth: Sendable, Hashable, Codable {
        public var segment: Segment
        public var priority: Priority
        public var why: String
        /// Facts that must be known before escalating or solving.
        public var needs: [String]
        /// The team to escalate to; nil when support resolves the ticket alone.
        public var escalateTo: Team?
        /// Saved replies that fit.
        public var replies: [String]
        public var solution: String

        public init(segment: Segment, priority: Priority, why: String, needs: [String] = [], escalateTo: Team? = nil,
                    replies: [String] = [], solution: String) {
            self.segment = segment
            self.priority = priority
            self.why = why
            self.needs = needs
            self.escalateTo = escalateTo
            self.replies = replies
            self.solution = solution
        }
    }

    /// One thing the customer can tell: `account: "Account 48213"`.
    public struct Fact: Sendable, Hashable, Codable {
        public var key: String
        public var text: String

        public init(key: String, text: String) {
            self.key = key
            self.text = text
        }
    }

    /// The customer's scripted behaviour.
    public struct Script: Sendable, Hashable, Codable {
        public static let defaultAnswersAfter = 10

        public var answersAfter: Int
        public var onAsk: String?
        public var silent: Bool
        public var whenIgnored: String?
        public var onFix: String?
        public var rating: Int

        public init(answersAfter: Int = defaultAnswersAfter, onAsk: String?, silent: Bool = false, whenIgnored: String? = nil,
                    onFix: String?, rating: Int = 5) {
            self.answersAfter = answersAfter
            self.onAsk = onAsk
            self.silent = silent
            self.whenIgnored = whenIgnored
            self.onFix = onFix
            self.rating = rating
        }
    }

    public var id: String
    public var title: String
    public var channel: Channel
    public var customer: Customer
    public var variants: [Variant]
    public var truth: Truth
    public var facts: [Fact]
    /// Facts already in the body.
    public var known: [String]
    public var script: Script

    public init(id: String, title: String, channel: Channel, customer: Customer, variants: [Variant], truth: Truth,
                facts: [Fact], known: [String] = [], script: Script) {
        self.id = id
        self.title = title
        self.channel = channel
        self.customer = customer
        self.variants = variants
        self.truth = truth
        self.facts = facts
        self.known = known
        self.script = script
    }

    /// Business P1 runs around the clock; everything else in business hours (POLICY.md).
    public var runsAroundTheClock: Bool { customer.plan == .business && truth.priority == .p1 }
}

/// The P1–P4 urgency matrix of POLICY.md.
public enum Priority: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case p1 = "P1", p2 = "P2", p3 = "P3", p4 = "P4"

    public static func < (a: Priority, b: Priority) -> Bool { a.rawValue < b.rawValue }

    /// Accepts `P1` and `p1`.
    public init?(word: String) { self.init(rawValue: word.uppercased()) }
}
