import Foundation
import Testing
import TrainerContent
import TrainerCore

/// Printed meeting sheets shuffle options per sheet: the key's letter gives nothing away.
@Suite struct ShippedSheetTests {
    @Test func aSheetOfTenQuestionsDoesNotPutEveryKeyOnOneLetter() throws {
        let curriculum = try ContentLoader(root: ShippedContentTests.root).load().get()
        let plan = try #require(curriculum.plan("support"))
        let start = Day(year: 2026, month: 11, day: 2)
        let today = start.adding(days: 16)
        let progress = PlanProgress.compute(plan: plan, start: start, changes: [], facts: PlanFacts(), today: today)
        let sheet = MeetingSheet.build(trainee: Account(id: 7, name: "tom", role: .trainee, track: "support"), meetingNumber: 5,
                                       progress: progress, curriculum: curriculum, mastery: [], lastMissed: [:], reviewQueue: [], since: nil, today: today)
        #expect(sheet.questions.count >= 10)
        let firstKeyLetters = sheet.questions.prefix(10).map { $0.keyLetters.first ?? -1 }
        #expect(Set(firstKeyLetters).count > 1, "\(firstKeyLetters)")
        // Every printed option is one of the question's own, each once.
        for entry in sheet.questions {
            #expect(Set(entry.options.map(\.id)) == Set(entry.question.options.map(\.id)))
        }
    }
}

/// `trainer check --strict` passes on the shipped content: the item-writing lint finds nothing.
@Suite struct ShippedLintTests {
    @Test func theShippedBanksPassTheItemWritingLint() throws {
        let curriculum = try ContentLoader(root: ShippedContentTests.root).load().get()
        let findings = ItemLint.findings(in: curriculum.banks)
        #expect(findings.isEmpty, "\(findings.prefix(10))")
    }
}
