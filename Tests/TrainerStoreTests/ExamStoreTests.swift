import Foundation
import Testing
import TrainerCore
@testable import TrainerStore

/// Exam attempts keep their deadline and stay sealed for the candidate until the lead closes.
@Suite struct ExamStoreTests {
    let store: Store
    let lead: Account
    let ana: Account
    let blueprint = ExamBlueprint(id: "cert", title: "Cert", minutes: 30, pass: 0.5, sections: [.init(topic: "t", count: 2)])
    let items = (1...2).map { n in
        DrawnQuestion(question: Question(id: "t-\(n)", topic: "t", prompt: "?", pool: .exam, options: [
            AnswerOption(id: "1", text: "right", isCorrect: true), AnswerOption(id: "2", text: "wrong", isCorrect: false),
        ]), optionOrder: ["2", "1"])
    }

    init() throws {
        store = try Store()
        lead = try store.initialize(lead: NewAccount(name: "lena", role: .lead, passphrase: "x", iterations: fast), at: now)
        ana = try store.addAccount(NewAccount(name: "ana", role: .trainee, passphrase: "x", iterations: fast), at: now)
    }

    @Test func anAnswerAfterTheDeadlineIsRefusedAndTheAttemptEndsAtTheDeadline() throws {
        let id = try store.openExamSession(blueprint, forms: [(candidate: ana, questions: items)], opensAt: now, by: lead, at: now)
        guard case .started(let attempt) = try store.beginExam(session: id, for: ana, at: now) else {
            Issue.record("a first take starts the attempt")
            return
        }
        #expect(attempt.deadline == now.addingTimeInterval(1_800))
        #expect(attempt.answers.map(\.optionOrder) == [["2", "1"], ["2", "1"]])
        try store.recordAnswer(["1"], attempt: attempt.id, position: 0, by: ana, at: now.addingTimeInterval(60))
        #expect(throws: StoreError.timeUp(attempt: attempt.id, deadline: now.addingTimeInterval(1_800))) {
            try store.recordAnswer(["1"], attempt: attempt.id, position: 1, by: ana, at: now.addingTimeInterval(1_801))
        }
        guard case .timeUp(let late) = try store.beginExam(session: id, for: ana, at: now.addingTimeInterval(3_600)) else {
            Issue.record("coming back late hands the attempt in")
            return
        }
        #expect(late.finishedAt == now.addingTimeInterval(1_800))
        #expect(late.isSealed && late.score == nil)
        #expect(late.answeredCount == 1)
    }

    @Test func theCandidateSeesTheScoreOnlyAfterClose() throws {
        let id = try store.openExamSession(blueprint, forms: [(candidate: ana, questions: items)], opensAt: now, by: lead, at: now)
        guard case .started(let attempt) = try store.beginExam(session: id, for: ana, at: now) else { return }
        try store.recordAnswer(["1"], attempt: attempt.id, position: 0, by: ana, at: now)
        _ = try store.submitAttempt(attempt.id, by: ana, milestone: nil, at: now)
        #expect(try store.attempt(attempt.id, visibleTo: ana)?.isSealed == true)
        #expect(try store.attempt(attempt.id, visibleTo: lead)?.score == 0.5)
        let closings = try store.closeExamSession(id, milestones: [:], by: lead, at: now)
        #expect(closings.first?.passed == true)
        #expect(closings.first?.certificate?.hasPrefix("C-") == true)
        #expect(try store.attempt(attempt.id, visibleTo: ana)?.score == 0.5)
        #expect(throws: StoreError.notAllowed("session \(id) is closed")) { try store.beginExam(session: id, for: ana, at: now) }
    }

    @Test func openingRecordsExposuresAndWhoSawWhat() throws {
        _ = try store.openExamSession(blueprint, forms: [(candidate: ana, questions: items)], opensAt: now, by: lead, at: now)
        let history = try store.examHistory(for: [ana])
        #expect(history.seen["ana"] == ["t-1", "t-2"])
        #expect(history.exposures(of: "t-1") == 1)
        #expect(history.isResting("t-1", restDays: 90, at: now.addingTimeInterval(86_400)))
        #expect(try store.retireItem("t-1", why: "leaked", by: lead, at: now))
        #expect(try store.examHistory(for: []).retired == ["t-1"])
    }

    @Test func itemAnalysisSumsAreThoseOfTheRawAnswers() throws {
        let ben = try store.addAccount(NewAccount(name: "ben", role: .trainee, passphrase: "x", iterations: fast), at: now)
        let id = try store.openExamSession(blueprint, forms: [(candidate: ana, questions: items), (candidate: ben, questions: items)],
                                           opensAt: now, by: lead, at: now)
        for (person, answers) in [(ana, [["1"], ["1"]]), (ben, [["1"], ["2"]])] {
            guard case .started(let attempt) = try store.beginExam(session: id, for: person, at: now) else { return }
            for (position, chosen) in answers.enumerated() {
                try store.recordAnswer(Set(chosen), attempt: attempt.id, position: position, by: person, at: now)
            }
            _ = try store.submitAttempt(attempt.id, by: person, milestone: nil, at: now)
        }
        let records = try store.itemRecords(exam: "cert")
        #expect(records.map(\.item) == ["t-1", "t-2"])
        #expect(records.map(\.exposures) == [2, 2])
        // Ana: 1 + 1 (total 2); Ben: 1 + 0 (total 1).
        #expect(records[0].sums == ItemStatistics.Sums([(credit: 1, total: 2, chosen: ["1"]), (credit: 1, total: 1, chosen: ["1"])]))
        #expect(records[1].sums == ItemStatistics.Sums([(credit: 1, total: 2, chosen: ["1"]), (credit: 0, total: 1, chosen: ["2"])]))
        #expect(try store.itemRecords(exam: "other").isEmpty)
    }
}
