import Foundation
import TrainerCore

/// A shift as stored: what was served (plan, policy, every ticket's template) and every action
/// as taken, so it can be rebuilt at the same simulated minute after any interruption.
public struct StoredShift: Sendable {
    public var id: Int64
    public var user: String
    public var seed: UInt64
    public var minutes: Int
    public var supervised: Bool
    public var plan: ShiftPlan
    public var policy: SLAPolicy
    public var templates: [String: TicketTemplate]
    public var actions: [ShiftAction]
    public var startedAt: Date
    public var finishedAt: Date?
    /// The grades and figures, once ended.
    public var report: ShiftKPIs?

    public var isOpen: Bool { finishedAt == nil }

    /// The shift rebuilt by replaying its actions.
    public var shift: Shift { Shift.replay(plan, templates: templates, policy: policy, agent: user, actions: actions) }
}

/// A reply written in supervised mode, waiting for (or decided by) the mentor.
public struct StoredDraft: Sendable, Equatable {
    public enum State: String, Sendable { case waiting, approved, returned }

    public var id: Int64
    public var shift: Int64
    public var user: String
    public var ticket: Int
    public var text: String
    public var state: State
    public var comment: String?
    public var writtenAt: Date
}
