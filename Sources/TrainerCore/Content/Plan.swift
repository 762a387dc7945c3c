/// An adaptation plan: a track's working days, each a list of items (`Curriculum/<track>/plan.yaml`).
public struct Plan: Sendable, Hashable, Codable {
    public var track: String
    public var title: String
    public var workingDays: Set<Weekday>
    public var days: [PlanDay]

    public init(track: String, title: String, workingDays: Set<Weekday>, days: [PlanDay]) {
        self.track = track
        self.title = title
        self.workingDays = workingDays
        self.days = days
    }
}

public struct PlanDay: Sendable, Hashable, Codable {
    public var day: Int
    public var title: String
    public var items: [PlanItem]

    public init(day: Int, title: String, items: [PlanItem]) {
        self.day = day
        self.title = title
        self.items = items
    }
}

public struct PlanItem: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case task, lesson, quiz, roleplay, queue, meeting, exam
    }

    /// Who may tick a task item by hand.
    public enum Ticker: String, Sendable, Hashable, Codable, CaseIterable {
        /// The trainee themself (and their mentor or a lead).
        case trainee
        /// Only the trainee's mentor or a lead: observed role-plays, certification tasks.
        case mentor
    }

    /// The pass mark of a quiz item that names none, and of a quiz outside any plan.
    public static let defaultPassMark = 0.8

    public var kind: Kind
    /// What the item names: free text for a task, else an id (a `track/id` lesson may be qualified).
    public var ref: String
    /// "HH:MM" as written by the author.
    public var at: String?
    public var minutes: Int?
    /// Pass mark of a quiz item (a fraction) or of a role-play item (a score out of 100).
    public var pass: Double?
    /// The author's stable id (`id:` in plan.yaml); without one the key is derived from the item.
    public var id: String?
    /// Who may tick it by hand (`tick: mentor`); nil is the default for its kind.
    public var tickedBy: Ticker?
    /// A `queue:` item whose shift is supervised: replies become drafts for the mentor.
    public var supervised: Bool?

    public init(kind: Kind, ref: String, at: String? = nil, minutes: Int? = nil, pass: Double? = nil,
                id: String? = nil, tickedBy: Ticker? = nil, supervised: Bool? = nil) {
        self.kind = kind
        self.ref = ref
        self.at = at
        self.minutes = minutes
        self.pass = pass
        self.id = id
        self.tickedBy = tickedBy
        self.supervised = supervised
    }

    /// The simulated minutes a `queue:` item asks for (nil for other kinds).
    public var queueMinutes: Int? { kind == .queue ? Int(ref) : nil }

    /// The mark a quiz item is passed with.
    public var passMark: Double { pass ?? Self.defaultPassMark }

    /// The score (0–100) a role-play item is passed with: its own `pass`, else the scenario's.
    public func rolePlayPassMark(scenarioDefault: Int) -> Int { pass.map { Int($0) } ?? scenarioDefault }
}

public enum Weekday: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case mon, tue, wed, thu, fri, sat, sun

    /// Gregorian weekday number as Foundation counts it (Sunday = 1).
    public var gregorianNumber: Int {
        switch self {
        case .sun: 1
        case .mon: 2
        case .tue: 3
        case .wed: 4
        case .thu: 5
        case .fri: 6
        case .sat: 7
        }
    }

    public static func < (a: Weekday, b: Weekday) -> Bool {
        (a.gregorianNumber + 5) % 7 < (b.gregorianNumber + 5) % 7
    }
}
