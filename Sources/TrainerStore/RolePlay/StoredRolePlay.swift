import Foundation
import TrainerCore

/// A role-play session as stored: the script it was played against, every turn as taken,
/// the rubric's verdict once finished, and the mentor's grade once given.
public struct StoredRolePlay: Sendable, Equatable {
    public enum Mode: String, Sendable, Codable {
        /// The program plays the customer.
        case solo
        /// A mentor typed the customer's lines.
        case live
    }

    public enum Speaker: String, Sendable, Codable { case customer, agent, hint }

    public struct Turn: Sendable, Equatable {
        public var position: Int
        public var speaker: Speaker
        public var text: String
        /// Intents recognised in an agent's turn.
        public var intents: [String]
        public var at: Date
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
    public var script: RolePlayScript
    public var passMark: Int
    public var startedAt: Date
    public var finishedAt: Date?
    public var abandoned: Bool
    public var outcome: Scenario.Ending?
    public var score: Int?
    public var passed: Bool?
    public var hints: Int
    public var criteria: [CriterionResult]
    public var mentor: MentorGrade?
    public var turns: [Turn]

    public var isOpen: Bool { finishedAt == nil }
    public var isFinished: Bool { finishedAt != nil && !abandoned }

    /// The agent's lines, in order: replaying them rebuilds the conversation's state.
    public var agentLines: [String] { turns.filter { $0.speaker == .agent }.map(\.text) }

    /// The state of the conversation, rebuilt by replaying the agent's turns against the stored script.
    public var state: RolePlayState { RolePlayEngine.replay(script, lines: agentLines, hints: hints) }
}
