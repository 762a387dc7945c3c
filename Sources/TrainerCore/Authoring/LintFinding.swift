/// One item-writing problem, tied to a question and to the part of it an author should edit.
/// It holds no file position: the content layer knows where each part was written.
public struct LintFinding: Sendable, Hashable {
    /// The part of the question the finding points at.
    public enum Anchor: Sendable, Hashable {
        case question
        case prompt
        /// The option at this 0-based position in file order.
        case option(Int)
    }

    public var rule: LintRule
    public var topic: String
    public var questionID: String
    public var anchor: Anchor
    /// What is wrong and what to do, without the rule name or the question id.
    public var message: String

    public init(rule: LintRule, topic: String, questionID: String, anchor: Anchor, message: String) {
        self.rule = rule
        self.topic = topic
        self.questionID = questionID
        self.anchor = anchor
        self.message = message
    }
}
