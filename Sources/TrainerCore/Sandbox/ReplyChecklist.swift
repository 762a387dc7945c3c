import Foundation

/// The seed routine for replies, judged with the role-play intent matcher: acknowledge the
/// request, give a time frame, end with a question, stay polite, never blame.
public struct ReplyChecklist: Sendable, Hashable, Codable {
    /// Intents (from `Curriculum/scenarios/intents.yaml`) that count as each point.
    public static let acknowledging: Set<String> = ["empathy", "thanks"]
    public static let polite: Set<String> = ["greeting", "thanks", "empathy"]
    public static let timeFrame = "time_frame"
    public static let closingQuestion = "closing_question"
    public static let impolite: Set<String> = ["blame", "rude"]

    public var acknowledged: Bool
    public var timeFrame: Bool
    public var closingQuestion: Bool
    public var polite: Bool
    public var noBlame: Bool
    /// Nil when no saved reply fits the ticket.
    public var savedReplyUsed: Bool?

    /// Judges a ticket's messages to the customer: the first must acknowledge and be polite, one
    /// must give a time frame, every one must end with a question, none may blame.
    public init(messages: [ShiftAction.Message], fitting: [String]) {
        let first = messages.first.map { Set($0.intents) } ?? []
        acknowledged = !first.isDisjoint(with: Self.acknowledging)
        polite = !first.isDisjoint(with: Self.polite)
        timeFrame = messages.contains { $0.intents.contains(Self.timeFrame) }
        closingQuestion = !messages.isEmpty && messages.allSatisfy(Self.endsWithQuestion)
        noBlame = messages.allSatisfy { Set($0.intents).isDisjoint(with: Self.impolite) }
        savedReplyUsed = fitting.isEmpty ? nil : messages.contains { $0.saved.map(fitting.contains) ?? false }
    }

    static func endsWithQuestion(_ message: ShiftAction.Message) -> Bool {
        if message.intents.contains(closingQuestion) { return true }
        let lines = message.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        // A signature line ("Tom, Tracklight support") may follow the question.
        return lines.suffix(2).contains { $0.hasSuffix("?") }
    }

    /// What is missing, in the words a trainee reads.
    public var misses: [String] {
        var result: [String] = []
        if !acknowledged { result.append("the first reply does not acknowledge the request") }
        if !polite { result.append("the first reply has no greeting or thanks") }
        if !timeFrame { result.append("no reply gives a time frame") }
        if !closingQuestion { result.append("a reply does not end with a question") }
        if !noBlame { result.append("a reply blames the customer or is rude") }
        if savedReplyUsed == false { result.append("no fitting saved reply used") }
        return result
    }
}
