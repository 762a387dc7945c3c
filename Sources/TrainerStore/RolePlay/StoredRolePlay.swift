import Foundation
import TrainerCore

/// A role-play session as stored: the script it was played against, every turn as taken,
/// the rubric's verdict once finished, and the mentor's grade once given. Its listing fields
/// (`id`, `score`, `mentor`...) are those of its `summary`.
@dynamicMemberLookup
public struct StoredRolePlay: Sendable, Equatable {
    public typealias Mode = RolePlaySummary.Mode
    public typealias MentorGrade = RolePlaySummary.MentorGrade

    public enum Speaker: String, Sendable, Codable { case customer, agent, hint }

    public struct Turn: Sendable, Equatable {
        public var position: Int
        public var speaker: Speaker
        public var text: String
        /// Intents recognised in an agent's turn.
        public var intents: [String]
        public var at: Date
    }

    /// Everything but the script, the rubric's criteria and the turns.
    public var summary: RolePlaySummary
    public var script: RolePlayScript
    public var criteria: [CriterionResult]
    public var turns: [Turn]

    public subscript<T>(dynamicMember field: WritableKeyPath<RolePlaySummary, T>) -> T {
        get { summary[keyPath: field] }
        set { summary[keyPath: field] = newValue }
    }

    public subscript<T>(dynamicMember field: KeyPath<RolePlaySummary, T>) -> T { summary[keyPath: field] }

    /// The agent's lines, in order: replaying them rebuilds the conversation's state.
    public var agentLines: [String] { turns.filter { $0.speaker == .agent }.map(\.text) }

    /// The state of the conversation, rebuilt by replaying the agent's turns against the stored script.
    public var state: RolePlayState { RolePlayEngine.replay(script, lines: agentLines, hints: summary.hints) }
}

/// A role-play as listings show it (`show`, `roleplay history`): read without its script, which
/// is tens of kilobytes of JSON per row.
public struct RolePlaySummary: Sendable, Equatable {
    public enum Mode: String, Sendable, Codable {
        /// The program plays the customer.
        case solo
        /// A mentor typed the customer's lines.
        case live
    }

    public struct MentorGrade: Sendable, Equatable {
        public var score: Int
        public var comment: String
        public var by: String
        public var at: Date
    }

    public var id: Int64
    public var user: String
    public var scenario: String
    public var title: String
    public var mode: Mode
    /// The mentor who played the customer (live mode).
    public var partner: String?
    public var passMark: Int
    public var startedAt: Date
    public var finishedAt: Date?
    public var abandoned: Bool
    public var outcome: Scenario.Ending?
    public var score: Int?
    public var passed: Bool?
    public var hints: Int
    public var mentor: MentorGrade?

    public var isOpen: Bool { finishedAt == nil }
    public var isFinished: Bool { finishedAt != nil && !abandoned }
}
