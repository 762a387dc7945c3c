import Foundation
import Testing
import TrainerCore
@testable import TrainerStore

/// The cohort report's quiz trend reads submitted quizzes only, each person's as the viewer may see them.
@Suite struct CohortFiguresStoreTests {
    @Test func onlySubmittedQuizzesCountAndAMentorSeesOnlyTheirTrainees() throws {
        let store = try Store()
        let (lead, mark, tom, sue) = try StoreTests().cohort(in: store)
        func quiz(_ user: Account, right: Bool) throws -> Int64 {
            let id = try store.startAttempt(for: user, kind: .quiz, topic: "calls", passMark: 0.8,
                                            questions: [DrawnQuestion(question: .sample("calls-1", topic: "calls"), optionOrder: ["1", "2"])], at: now)
            try store.recordAnswer([right ? "1" : "2"], attempt: id, position: 0, by: user, at: now)
            return id
        }
        _ = try store.submitAttempt(try quiz(tom, right: true), by: tom, milestone: nil, at: now)
        _ = try store.submitAttempt(try quiz(sue, right: false), by: sue, milestone: nil, at: now)
        try store.abandonAttempt(try quiz(tom, right: false), at: now)
        _ = try quiz(tom, right: false)

        #expect(try store.quizScores(visibleTo: lead).map(\.score).sorted() == [0, 1])
        #expect(try store.quizScores(visibleTo: mark).map(\.score) == [1])
        #expect(try store.rolePlayScores(visibleTo: lead).isEmpty)
    }
}
