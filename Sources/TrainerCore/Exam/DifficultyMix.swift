/// How many items of each difficulty level (1 easy, 2 medium, 3 hard) a section's form holds.
/// Parallel forms of one session share one mix per section, so no candidate gets an easier exam.
public struct DifficultyMix: Sendable, Hashable, Codable, CustomStringConvertible {
    public static let levels = [1, 2, 3]

    /// Counts by level, index 0 for level 1.
    public var counts: [Int]

    public init(counts: [Int]) { self.counts = counts }

    public init(of questions: [Question]) {
        counts = Self.levels.map { level in questions.filter { Self.level(of: $0) == level }.count }
    }

    public subscript(level: Int) -> Int { counts[level - 1] }

    public var total: Int { counts.reduce(0, +) }

    /// Items outside 1...3 count as the nearest level.
    public static func level(of question: Question) -> Int { min(3, max(1, question.difficulty)) }

    /// Every mix of `total` items, in a fixed order.
    static func all(total: Int) -> [DifficultyMix] {
        var mixes: [DifficultyMix] = []
        for easy in 0...total {
            for medium in 0...(total - easy) { mixes.append(DifficultyMix(counts: [easy, medium, total - easy - medium])) }
        }
        return mixes
    }

    func distance(to other: DifficultyMix) -> Int { zip(counts, other.counts).reduce(0) { $0 + abs($1.0 - $1.1) } }

    /// `1 easy, 2 medium, 0 hard`.
    public var description: String { "\(counts[0]) easy, \(counts[1]) medium, \(counts[2]) hard" }
}
