/// One question as a trainee sees it in an attempt: which question, and the order its options
/// are shown in (stable option ids), so a later review shows the same letters.
public struct DrawnQuestion: Sendable, Hashable, Codable {
    public var questionID: String
    public var optionOrder: [String]

    public init(questionID: String, optionOrder: [String]) {
        self.questionID = questionID
        self.optionOrder = optionOrder
    }
}

/// Draws the questions of a practice quiz.
public enum QuizDraw {
    public static let defaultCount = 10

    /// Practice questions only (exam items never appear in quizzes); shuffled questions and
    /// options unless `shuffle` is false, in which case the bank's order is kept.
    public static func draw(from questions: [Question], count: Int?, shuffle: Bool, seed: UInt64) -> [DrawnQuestion] {
        var generator = SeededGenerator(seed: seed)
        var pool = questions.filter { $0.pool == .practice }
        if shuffle { pool.shuffle(using: &generator) }
        let chosen = pool.prefix(max(1, count ?? defaultCount))
        return chosen.map { question in
            var order = question.options.map(\.id)
            if question.shufflesOptions(inBank: shuffle) { order.shuffle(using: &generator) }
            return DrawnQuestion(questionID: question.id, optionOrder: order)
        }
    }
}
