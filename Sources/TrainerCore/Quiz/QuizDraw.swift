/// One question as a trainee is served it in an attempt: the question as it stands now (the
/// attempt keeps this copy), and the order its options are shown in (stable option ids), so a
/// later review shows the same letters.
public struct DrawnQuestion: Sendable, Hashable, Codable {
    public var question: Question
    public var optionOrder: [String]

    public init(question: Question, optionOrder: [String]) {
        self.question = question
        self.optionOrder = optionOrder
    }

    public var questionID: String { question.id }
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
        return chosen.map { serve($0, shuffle: shuffle, using: &generator) }
    }

    /// One question served with its options in a recorded random order, unless its author keeps
    /// the order (`shuffle: false` on the bank or the question), because order never gives the
    /// key away otherwise.
    public static func serve(_ question: Question, shuffle bankShuffles: Bool, using generator: inout SeededGenerator) -> DrawnQuestion {
        var order = question.options.map(\.id)
        if question.shufflesOptions(inBank: bankShuffles) { order.shuffle(using: &generator) }
        return DrawnQuestion(question: question, optionOrder: order)
    }
}
