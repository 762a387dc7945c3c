import Testing
import TrainerCore

/// Item statistics against a small example worked by hand.
@Suite struct ItemStatisticsTests {
    // Five submitted attempts of a three-item form (credits of A, B, C; total):
    //   1: 1 1 0 (2)   2: 1 0 1 (2)   3: 0 0 1 (1)   4: 1 1 1 (3)   5: 0 0 0 (0)
    // Item A: credit x = 1 1 0 1 0, rest of the form y = 1 1 1 2 0. Facility 3/5 = 0.6.
    //   Means 0.6 and 1.0; Σdx·dy = 0.4·1 + (−0.6)(−1) = 1.0; Σdx² = 3·0.16 + 2·0.36 = 1.2; Σdy² = 2.
    //   r = 1.0 / √(1.2 · 2) = 0.6455.
    // Item B: x = 1 0 0 1 0, y = 1 2 1 2 0. Facility 0.4. Means 0.4 and 1.2;
    //   Σdx·dy = −0.12 − 0.32 + 0.08 + 0.48 + 0.48 = 0.6; Σdx² = 1.2; Σdy² = 2.8; r = 0.6 / √3.36 = 0.3273.
    // Item C: x = 0 1 1 1 0, y = 2 1 0 2 0. Σdx·dy = −0.6 + 0 − 0.4 + 0.4 + 0.6 = 0, so r = 0.
    static let forms: [[Double]] = [[1, 1, 0], [1, 0, 1], [0, 0, 1], [1, 1, 1], [0, 0, 0]]

    func question(_ id: String) -> Question {
        Question(id: id, topic: "t", prompt: "?", pool: .exam, options: [
            AnswerOption(id: "1", text: "right", isCorrect: true), AnswerOption(id: "2", text: "wrong", isCorrect: false),
            AnswerOption(id: "3", text: "never picked", isCorrect: false),
        ])
    }

    func stats(item index: Int, exposures: Int = 5) -> ItemStatistics {
        let responses = Self.forms.map { form in
            (credit: form[index], total: form.reduce(0, +), chosen: Optional(Set([form[index] == 1 ? "1" : "2"])))
        }
        return ItemStatistics.compute(question(["A", "B", "C"][index]), sums: .init(responses), exposures: exposures, retireAfter: 30)
    }

    @Test func facilityIsTheMeanCredit() {
        #expect(stats(item: 0).facility == 0.6)
        #expect(stats(item: 1).facility == 0.4)
    }

    @Test func discriminationIsTheCorrectedPointBiserial() throws {
        #expect(abs(try #require(stats(item: 0).discrimination) - 0.6455) < 0.0001)
        #expect(abs(try #require(stats(item: 1).discrimination) - 0.3273) < 0.0001)
        #expect(abs(try #require(stats(item: 2).discrimination)) < 1e-9)
    }

    @Test func distractorSharesAndFlags() {
        let a = stats(item: 0)
        #expect(a.optionShares.map(\.share) == [0.6, 0.4, 0])
        #expect(a.flags == [.unusedDistractor])
        #expect(stats(item: 0, exposures: 30).flags == [.unusedDistractor, .overExposed])
    }

    @Test func aKeySuspectItemAndTheEdgesOfFacilityAreFlagged() {
        // The two weakest candidates get it right, the three strongest wrong.
        let responses: [(credit: Double, total: Double, chosen: Set<String>?)] = [
            (1, 1, ["1"]), (1, 1, ["1"]), (0, 4, ["2"]), (0, 5, ["3"]), (0, 5, ["2"]),
        ]
        let suspect = ItemStatistics.compute(question("K"), sums: .init(responses), exposures: 5, retireAfter: 30)
        #expect(suspect.flags.contains(.negativeDiscrimination))
        let easy = ItemStatistics.compute(question("E"), sums: .init(Array(repeating: (1, 3, ["1"]), count: 5)), exposures: 5, retireAfter: 30)
        #expect(easy.flags.contains(.tooEasy) && easy.discrimination == nil)
        let hard = ItemStatistics.compute(question("H"), sums: .init(Array(repeating: (0, 3, ["2"]), count: 5)), exposures: 5, retireAfter: 30)
        #expect(hard.flags.contains(.tooHard))
        // Too few responses: no statistical flag yet.
        let young = ItemStatistics.compute(question("Y"), sums: .init(Array(responses.prefix(4))), exposures: 4, retireAfter: 30)
        #expect(young.flags.isEmpty)
    }
}
