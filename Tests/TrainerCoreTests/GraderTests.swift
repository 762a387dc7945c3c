import PropertyBased
import Testing
import TrainerCore

/// A question with options a b c d…; `correct` lists the correct letters.
func question(options: Int = 4, correct: Set<String> = ["a", "b"], scoring: Question.Scoring = .partial,
              weights: [String: Double] = [:]) -> Question {
    let letters = (0..<options).map { String(UnicodeScalar(UInt8(97 + $0))) }
    return Question(id: "q", topic: "t", prompt: "?", scoring: scoring, options: letters.map {
        AnswerOption(id: $0, text: $0, isCorrect: correct.contains($0), weight: weights[$0])
    })
}

@Suite struct GraderTests {
    @Test("the spec's example: A → 0.5, AB → 1, ABC → 0.5, AC → 0, ABCD → 0", arguments: [
        (Set(["a"]), 0.5), (["a", "b"], 1), (["a", "b", "c"], 0.5), (["a", "c"], 0), (["a", "b", "c", "d"], 0),
    ] as [(Set<String>, Double)])
    func specExample(chosen: Set<String>, credit: Double) {
        #expect(Grader.credit(for: question(), chosen: chosen) == credit)
    }

    @Test func singleAnswerScoresOneOrZero() {
        let single = question(correct: ["b"])
        #expect(Grader.credit(for: single, chosen: ["b"]) == 1)
        #expect(Grader.credit(for: single, chosen: ["b", "c"]) == 0)
        #expect(Grader.credit(for: single, chosen: []) == 0)
    }

    @Test func allOrNothingNeedsExactlyTheCorrectSet() {
        let strict = question(scoring: .allOrNothing)
        #expect(Grader.credit(for: strict, chosen: ["a", "b"]) == 1)
        #expect(Grader.credit(for: strict, chosen: ["a"]) == 0)
    }

    @Test func weightsOverrideSharesAndAreClamped() {
        let weighted = question(correct: ["a", "b"], weights: ["a": 0.7, "b": 0.3, "c": -0.5, "d": -1])
        #expect(Grader.credit(for: weighted, chosen: ["a"]) == 0.7)
        #expect(abs(Grader.credit(for: weighted, chosen: ["a", "b", "c"]) - 0.5) < 1e-9)
        #expect(Grader.credit(for: weighted, chosen: ["d"]) == 0)
    }

    @Test func attemptScoreIsTheMeanCreditWithUnansweredAsZero() {
        #expect(Grader.score(credits: [1, 0.5, 0, 0.5]) == 0.5)
        #expect(Grader.score(credits: []) == 0)
    }
}

/// Properties of partial credit over random questions and random choices.
@Suite struct GraderProperties {
    /// Random question shape: 2–8 options with at least one correct, plus a random choice.
    static let cases = zip(Gen.bool.array(of: 2...8), Gen.bool.array(of: 8...8), Gen.bool)
        .map { flags, picks, strict -> (Question, Set<String>) in
            var flags = flags
            if !flags.contains(true) { flags[0] = true }
            let correct = Set(flags.indices.filter { flags[$0] }.map { String(UnicodeScalar(UInt8(97 + $0))) })
            let q = question(options: flags.count, correct: correct, scoring: strict ? .allOrNothing : .partial)
            let chosen = Set(flags.indices.filter { picks[$0] }.map { String(UnicodeScalar(UInt8(97 + $0))) })
            return (q, chosen)
        }

    @Test func creditStaysBetweenZeroAndOne() async {
        await propertyCheck(input: Self.cases) { q, chosen in
            let credit = Grader.credit(for: q, chosen: chosen)
            #expect(credit >= 0 && credit <= 1)
        }
    }

    @Test func theCorrectSetScoresOne() async {
        await propertyCheck(input: Self.cases) { q, _ in
            #expect(Grader.credit(for: q, chosen: Set(q.correctOptionIDs)) == 1)
        }
    }

    @Test func addingAWrongOptionNeverRaisesCredit() async {
        await propertyCheck(input: Self.cases) { q, chosen in
            let before = Grader.credit(for: q, chosen: chosen)
            for wrong in q.options where !wrong.isCorrect {
                #expect(Grader.credit(for: q, chosen: chosen.union([wrong.id])) <= before + 1e-12)
            }
        }
    }
}
