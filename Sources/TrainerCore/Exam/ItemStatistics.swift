/// Classical test statistics of one exam item over the submitted attempts that served it, for
/// leads deciding what to fix or retire.
///
/// - Facility: the mean credit.
/// - Discrimination: the corrected point-biserial, i.e. the Pearson correlation of the item's
///   credit with the rest of the form (the attempt's total credit minus this item's), so the item
///   does not correlate with itself. Negative means stronger candidates do worse on it: check the key.
/// - Distractors: the share of answers that chose each option.
public struct ItemStatistics: Sendable, Equatable {
    /// Sums over the attempts that served an item, as the store aggregates them in SQL:
    /// x is the item's credit, y the rest of the form's credit.
    public struct Sums: Sendable, Equatable {
        public var responses: Int
        public var x = 0.0, y = 0.0, xx = 0.0, yy = 0.0, xy = 0.0
        /// How many answers chose each option id.
        public var optionCounts: [String: Int]
        /// Answers given (an unanswered item counts as credit 0 but chose nothing).
        public var answered: Int

        public init(responses: Int, x: Double, y: Double, xx: Double, yy: Double, xy: Double,
                    optionCounts: [String: Int], answered: Int) {
            self.responses = responses
            self.x = x
            self.y = y
            self.xx = xx
            self.yy = yy
            self.xy = xy
            self.optionCounts = optionCounts
            self.answered = answered
        }

        /// The same sums from raw responses: one per attempt, the item's credit, the attempt's
        /// total credit over all its items, and the options chosen (nil when unanswered).
        public init(_ responses: [(credit: Double, total: Double, chosen: Set<String>?)]) {
            self.responses = responses.count
            optionCounts = [:]
            answered = 0
            for response in responses {
                let rest = response.total - response.credit
                x += response.credit
                y += rest
                xx += response.credit * response.credit
                yy += rest * rest
                xy += response.credit * rest
                if let chosen = response.chosen {
                    answered += 1
                    for option in chosen { optionCounts[option, default: 0] += 1 }
                }
            }
        }
    }

    public enum Flag: String, Sendable, Codable, CaseIterable {
        case tooEasy = "too-easy"
        case tooHard = "too-hard"
        case negativeDiscrimination = "negative-discrimination"
        case unusedDistractor = "unused-distractor"
        case overExposed = "over-exposed"
    }

    public static let tooEasyAbove = 0.95
    public static let tooHardBelow = 0.2
    /// Statistics of fewer responses are noise: no statistical flag below this many.
    public static let minimumResponses = 5

    public var item: String
    public var topic: String
    public var exposures: Int
    public var responses: Int
    /// nil before any response.
    public var facility: Double?
    /// nil when either side has no variance (everyone got the same credit).
    public var discrimination: Double?
    /// The share of answers that chose one option.
    public struct OptionShare: Sendable, Equatable {
        public var option: String
        public var isCorrect: Bool
        public var share: Double
    }

    /// Share of answers choosing each option, in the item's option order.
    public var optionShares: [OptionShare]
    public var flags: [Flag]

    /// Statistics of `question` from its sums; `exposures` counts every form it went out on.
    public static func compute(_ question: Question, sums: Sums, exposures: Int, retireAfter: Int) -> ItemStatistics {
        let n = Double(sums.responses)
        let facility = sums.responses > 0 ? sums.x / n : nil
        var discrimination: Double?
        let varianceX = n * sums.xx - sums.x * sums.x
        let varianceY = n * sums.yy - sums.y * sums.y
        if sums.responses > 1, varianceX > 1e-12, varianceY > 1e-12 {
            discrimination = (n * sums.xy - sums.x * sums.y) / (varianceX * varianceY).squareRoot()
        }
        let shares = question.options.map { option in
            OptionShare(option: option.id, isCorrect: option.isCorrect,
                        share: sums.answered > 0 ? Double(sums.optionCounts[option.id] ?? 0) / Double(sums.answered) : 0)
        }
        var flags: [Flag] = []
        if sums.responses >= minimumResponses, let facility {
            if facility > tooEasyAbove { flags.append(.tooEasy) }
            if facility < tooHardBelow { flags.append(.tooHard) }
            if let discrimination, discrimination < 0 { flags.append(.negativeDiscrimination) }
        }
        if sums.answered >= minimumResponses, shares.contains(where: { !$0.isCorrect && $0.share == 0 }) {
            flags.append(.unusedDistractor)
        }
        if exposures >= retireAfter { flags.append(.overExposed) }
        return ItemStatistics(item: question.id, topic: question.topic, exposures: exposures, responses: sums.responses,
                              facility: facility, discrimination: discrimination, optionShares: shares, flags: flags)
    }
}
