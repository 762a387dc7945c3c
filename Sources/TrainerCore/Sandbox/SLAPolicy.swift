import Foundation

/// A length of SLA time as authors write it: `15m`, `1h`, `1d` (one business day).
public struct SLADuration: Sendable, Hashable, Codable, CustomStringConvertible {
    public var minutes: Int
    /// Whole business days, counted by the calendar (12 business hours, or 24 around the clock).
    public var days: Int

    public init(minutes: Int = 0, days: Int = 0) {
        self.minutes = minutes
        self.days = days
    }

    public static func minutes(_ n: Int) -> SLADuration { SLADuration(minutes: n) }
    public static func hours(_ n: Int) -> SLADuration { SLADuration(minutes: n * 60) }
    public static func days(_ n: Int) -> SLADuration { SLADuration(days: n) }

    /// `15m`, `4h`, `3d`; nil for anything else.
    public init?(text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let unit = trimmed.last, let value = Int(trimmed.dropLast()), value > 0 else { return nil }
        switch unit {
        case "m": self.init(minutes: value)
        case "h": self.init(minutes: value * 60)
        case "d": self.init(days: value)
        default: return nil
        }
    }

    public var description: String {
        if days > 0 { return "\(days)d" }
        return minutes % 60 == 0 ? "\(minutes / 60)h" : "\(minutes)m"
    }

    /// How a reply says it: "within 15 minutes", "within 4 hours", "within 1 business day".
    public var inWords: String {
        if days > 0 { return "within \(days) business day\(days == 1 ? "" : "s")" }
        if minutes % 60 == 0 { return "within \(minutes / 60) hour\(minutes == 60 ? "" : "s")" }
        return "within \(minutes) minutes"
    }
}

/// SLA targets: the POLICY.md matrix by default, overridable in `Curriculum/tickets/sla.yaml`.
public struct SLAPolicy: Sendable, Hashable, Codable {
    public struct Targets: Sendable, Hashable, Codable {
        public var firstResponse: SLADuration
        public var resolution: SLADuration

        public init(firstResponse: SLADuration, resolution: SLADuration) {
            self.firstResponse = firstResponse
            self.resolution = resolution
        }
    }

    public var hours: BusinessHours
    public var priorities: [Priority: Targets]
    /// First-response targets that sit on top of the matrix (chat 2 minutes, phone 1).
    public var channels: [TicketTemplate.Channel: SLADuration]
    /// Silence after our question before a follow-up is due.
    public var followUpAfter: SLADuration
    /// Silence after our last question before the ticket is closed.
    public var closeAfter: SLADuration

    public init(hours: BusinessHours = .standard, priorities: [Priority: Targets] = SLAPolicy.matrix,
                channels: [TicketTemplate.Channel: SLADuration] = SLAPolicy.channelTargets,
                followUpAfter: SLADuration = .days(1), closeAfter: SLADuration = .days(5)) {
        self.hours = hours
        self.priorities = priorities
        self.channels = channels
        self.followUpAfter = followUpAfter
        self.closeAfter = closeAfter
    }

    /// The P1–P4 matrix of POLICY.md.
    public static let matrix: [Priority: Targets] = [
        .p1: Targets(firstResponse: .minutes(15), resolution: .hours(4)),
        .p2: Targets(firstResponse: .hours(1), resolution: .days(1)),
        .p3: Targets(firstResponse: .hours(4), resolution: .days(3)),
        .p4: Targets(firstResponse: .days(1), resolution: .days(5)),
    ]
    public static let channelTargets: [TicketTemplate.Channel: SLADuration] = [.chat: .minutes(2), .phone: .minutes(1)]

    public static let standard = SLAPolicy()

    public func targets(_ priority: Priority) -> Targets {
        priorities[priority] ?? Self.matrix[priority] ?? Targets(firstResponse: .hours(4), resolution: .days(3))
    }

    /// The first-response target of a ticket: the channel's when it is shorter than the priority's.
    public func firstResponse(_ priority: Priority, channel: TicketTemplate.Channel, calendar: BusinessCalendar) -> Int {
        let matrix = calendar.minutes(in: targets(priority).firstResponse)
        guard let own = channels[channel] else { return matrix }
        return min(matrix, calendar.minutes(in: own))
    }

    /// The calendar a ticket's clocks run on: around the clock for Business P1, else business hours.
    public func calendar(aroundTheClock: Bool) -> BusinessCalendar {
        aroundTheClock ? .aroundTheClock : BusinessCalendar(hours: hours)
    }
}
