/// Credit for a set of chosen options, by the rules of CONTENT-FORMAT.md.
///
/// - Partial: `max(0, c/C - w/W)`; a single-answer question scores 1 or 0.
/// - All-or-nothing: 1 only for exactly the correct set.
/// - AnswerOption weights, where any are given, replace the default shares; the sum is clamped to 0...1.
public enum Grader {
    public static func credit(for question: Question, chosen: Set<String>) -> Double {
        let correct = Set(question.correctOptionIDs)
        let options = question.options.filter { chosen.contains($0.id) }
        if question.options.contains(where: { $0.weight != nil }) {
            let sum = options.reduce(0.0) { $0 + ($1.weight ?? defaultShare(of: $1, in: question)) }
            return clamp(sum)
        }
        if question.scoring == .allOrNothing || correct.count == 1 {
            return chosen == correct ? 1 : 0
        }
        // Counted, not summed share by share, so the correct set gives exactly 1.
        let correctCount = question.options.filter(\.isCorrect).count
        let wrongCount = question.options.count - correctCount
        let c = options.filter(\.isCorrect).count, w = options.count - c
        return clamp(Double(c) / Double(correctCount) - (wrongCount == 0 ? 0 : Double(w) / Double(wrongCount)))
    }

    /// An option's share when no weight is given: +1/C for a correct one, -1/W for a wrong one.
    static func defaultShare(of option: AnswerOption, in question: Question) -> Double {
        let correctCount = question.options.filter(\.isCorrect).count
        let wrongCount = question.options.count - correctCount
        if option.isCorrect { return correctCount == 0 ? 0 : 1 / Double(correctCount) }
        return wrongCount == 0 ? 0 : -1 / Double(wrongCount)
    }

    static func clamp(_ x: Double) -> Double { min(1, max(0, x)) }

    /// The score of an attempt: mean credit over all its questions (unanswered ones count 0).
    public static func score(credits: [Double]) -> Double {
        credits.isEmpty ? 0 : credits.reduce(0, +) / Double(credits.count)
    }
}
