import Foundation
import TrainerCore

/// An attempt as recorded: who, what, when, and every drawn question with its answer.
public struct StoredAttempt: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable { case quiz, review, exam }

    public struct Answer: Sendable, Equatable {
        public var position: Int
        public var questionID: String
        public var topic: String
        public var optionOrder: [String]
        /// nil while unanswered.
        public var chosen: Set<String>?
        public var credit: Double?
    }

    public var id: Int64
    public var user: String
    public var kind: Kind
    public var topic: String
    public var passMark: Double
    public var startedAt: Date
    public var finishedAt: Date?
    public var abandoned: Bool
    public var score: Double?
    public var passed: Bool?
    public var answers: [Answer]

    public var isOpen: Bool { finishedAt == nil }
}

/// What `recordAnswer` needs: the chosen option ids and the credit they earned.
public struct GivenAnswer: Sendable {
    public var chosen: Set<String>
    public var credit: Double

    public init(chosen: Set<String>, credit: Double) {
        self.chosen = chosen
        self.credit = credit
    }
}

enum IDList {
    static func encode(_ ids: some Collection<String>) -> String { ids.joined(separator: ",") }
    static func decode(_ text: String) -> [String] { text.split(separator: ",").map(String.init) }
}
