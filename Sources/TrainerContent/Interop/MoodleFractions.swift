import TrainerCore

/// The fractions (percentages) that say in Moodle what trainer's rules say without weights, so
/// an export needs no `weight` to be graded the same and an import drops weights that add nothing.
enum MoodleFractions {
    /// One correct option: 100 and 0. Several, partial: +100/C and -100/W (trainer's `c/C - w/W`).
    /// Several, all-or-nothing: +100/C and -100 (Moodle has no all-or-nothing; a wrong pick costs everything).
    static func defaults(correct: [Bool], scoring: Question.Scoring) -> [Double] {
        let c = correct.filter { $0 }.count, w = correct.count - c
        return correct.map { isCorrect in
            if c <= 1 { return isCorrect ? 100 : 0 }
            if isCorrect { return 100 / Double(c) }
            return scoring == .allOrNothing ? -100 : (w == 0 ? 0 : -100 / Double(w))
        }
    }

    /// What each option is worth, as Moodle writes it: the weight when the question has any, else the defaults.
    static func percents(of question: Question) -> [Double] {
        let defaults = Self.defaults(correct: question.options.map(\.isCorrect), scoring: question.scoring)
        guard question.options.contains(where: { $0.weight != nil }) else { return defaults }
        // Unweighted options of a weighted question keep trainer's share: +1/C or -1/W.
        let shares = Self.defaults(correct: question.options.map(\.isCorrect), scoring: .partial)
        return zip(question.options, shares).map { option, share in option.weight.map { $0 * 100 } ?? share }
    }

    static func same(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) < 0.001 }
    }

    /// `100`, `50`, `33.33333`, `-12.5`: up to 5 decimals, as Moodle writes them.
    static func written(_ percent: Double) -> String {
        let rounded = (percent * 100_000).rounded() / 100_000
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(rounded)
        if text.contains("e") { return String(Int(rounded)) }
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}

/// Tags that carry what Moodle has no field for, so a bank survives a trip through Moodle.
enum TrainerTags {
    static let situational = "trainer-situational"
    static let exam = "trainer-exam"
    static let allOrNothing = "trainer-all-or-nothing"
    static let keepOrder = "trainer-keep-order"
    static func difficulty(_ level: Int) -> String { "trainer-difficulty-\(level)" }

    static func tags(for question: Question, shuffles: Bool) -> [String] {
        var tags: [String] = []
        if question.kind == .situational { tags.append(situational) }
        if question.difficulty != 2 { tags.append(difficulty(question.difficulty)) }
        if question.pool == .exam { tags.append(exam) }
        if question.scoring == .allOrNothing { tags.append(allOrNothing) }
        if !shuffles { tags.append(keepOrder) }
        return tags
    }
}
