import Foundation

/// An attempt as it is being answered or reviewed: the drawn questions with what was chosen.
/// Pure state; the store persists each change as it happens.
public struct AttemptSheet: Sendable {
    public struct Entry: Sendable {
        public var question: Question
        /// Option ids in display order (A, B, C…).
        public var optionOrder: [String]
        /// Chosen option ids; nil while unanswered (or skipped).
        public var chosen: Set<String>?

        public init(question: Question, optionOrder: [String], chosen: Set<String>? = nil) {
            self.question = question
            self.optionOrder = optionOrder
            self.chosen = chosen
        }

        /// Options in display order.
        public var displayedOptions: [AnswerOption] {
            optionOrder.compactMap { id in question.options.first { $0.id == id } }
        }

        public var credit: Double { chosen.map { Grader.credit(for: question, chosen: $0) } ?? 0 }
        public var isAnswered: Bool { chosen != nil }
    }

    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    public var answeredCount: Int { entries.filter(\.isAnswered).count }
    public var score: Double { Grader.score(credits: entries.map(\.credit)) }

    /// The first unanswered question after `index` (wrapping), or nil when all are answered.
    public func nextUnanswered(after index: Int) -> Int? {
        let count = entries.count
        guard count > 0 else { return nil }
        for step in 1...count {
            let candidate = (index + step) % count
            if !entries[candidate].isAnswered { return candidate }
        }
        return nil
    }

    /// Turns a typed answer into option ids, via the letters shown.
    public func optionIDs(for input: String, at index: Int) -> Result<Set<String>, AnswerParser.Problem> {
        let order = entries[index].optionOrder
        return AnswerParser.parse(input, optionCount: order.count).map { Set($0.map { order[$0] }) }
    }
}
