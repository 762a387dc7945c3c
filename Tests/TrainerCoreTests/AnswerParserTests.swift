import Testing
import TrainerCore

@Suite struct AnswerParserTests {
    @Test("every common way of typing A and C", arguments: ["a c", "A,C", "ac", "1 3", "c, a", "1,3", "13", " a  c "])
    func readsCommonForms(input: String) {
        #expect(AnswerParser.parse(input, optionCount: 4) == .success([0, 2]))
    }

    @Test func aSingleLetter() {
        #expect(AnswerParser.parse("b", optionCount: 4) == .success([1]))
    }

    @Test func explainsALetterOutOfRange() {
        let result = AnswerParser.parse("a e", optionCount: 4)
        #expect(result == .failure(.outOfRange("E", optionCount: 4)))
        if case .failure(let problem) = result {
            #expect(problem.message == "There is no option E: this question has options A–D (or 1–4).")
        }
    }

    @Test func refusesEmptyAndGarbage() {
        #expect(AnswerParser.parse("   ", optionCount: 4) == .failure(.empty))
        #expect(AnswerParser.parse("a2", optionCount: 4) == .failure(.unreadable("a2")))
        #expect(AnswerParser.parse("0", optionCount: 4) == .failure(.outOfRange("0", optionCount: 4)))
        #expect(AnswerParser.parse("é", optionCount: 4) == .failure(.unreadable("é")))
    }
}

@Suite struct SuggestionTests {
    @Test func findsTheClosestCommand() {
        #expect(Suggestion.closest(to: "qiuz", among: ["quiz", "user", "help"]) == "quiz")
        #expect(Suggestion.closest(to: "usr", among: ["quiz", "user", "help"]) == "user")
        #expect(Suggestion.closest(to: "xyzzy", among: ["quiz", "user", "help"]) == nil)
    }
}

@Suite struct DayTests {
    @Test func parsesAndPrintsDates() {
        #expect(Day("2026-11-23")?.description == "2026-11-23")
        #expect(Day("2026-02-30") == nil)
        #expect(Day("next monday") == nil)
        #expect(Day("2026-11-23")?.weekday == .mon)
        #expect(Day("2026-11-23")?.adding(days: 6).description == "2026-11-29")
    }
}

@Suite struct AccessTests {
    @Test func rolesAreOrdered() {
        #expect(Access.atLeast(.mentor).allows(.lead))
        #expect(!Access.atLeast(.mentor).allows(.trainee))
        #expect(!Access.signedIn.allows(nil))
        #expect(Access.anyone.allows(nil))
    }

    @Test func aMentorSeesOnlyTheirTrainees() {
        let mark = Account(id: 1, name: "mark", role: .mentor)
        let tom = Account(id: 2, name: "tom", role: .trainee, mentor: "mark")
        let sue = Account(id: 3, name: "sue", role: .trainee, mentor: "olga")
        #expect(mark.maySee(tom))
        #expect(!mark.maySee(sue))
        #expect(!tom.maySee(sue))
        #expect(Account(id: 4, name: "lena", role: .lead).maySee(sue))
    }
}

@Suite struct BoundedSuggestionTests {
    @Test func aHugeWordIsNeverComparedAndIsQuotedByItsStart() {
        let huge = String(repeating: "x", count: 1_000_000)
        #expect(Suggestion.closest(to: huge, among: ["quiz", "user", "help"]) == nil)
        #expect(Suggestion.quoted(huge) == String(repeating: "x", count: 40) + "…")
        #expect(Suggestion.quoted("welcom") == "welcom")
        #expect(Suggestion.hint(for: "welcom", among: ["welcome", "triage"]) == " Did you mean `welcome`?")
    }
}
