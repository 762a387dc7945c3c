import Foundation
import Testing
import TrainerContent
import TrainerCore

/// The shipped certification pools can rotate: four disjoint forms per section, and a session of
/// three candidates opens with parallel forms that share almost nothing. (Not nothing: product's
/// pool has two easy and two hard items, so three forms of one difficulty mix must share one.)
@Suite struct ShippedExamPoolTests {
    let curriculum: Curriculum

    init() throws {
        curriculum = try ContentLoader(root: ShippedContentTests.root).load().get()
    }

    @Test func everySectionOfEveryShippedExamHasFourDisjointForms() {
        #expect(curriculum.exams.map(\.id) == ["customer-success-certification", "support-certification"])
        for exam in curriculum.exams {
            for section in PoolCapacity.sections(of: exam, banks: curriculum.banks) {
                #expect(section.disjointForms >= 4, "\(exam.id), section \(section.topic): \(section.disjointForms) forms")
            }
        }
    }

    @Test func threeCandidatesGetParallelFormsThatBarelyOverlap() throws {
        for exam in curriculum.exams {
            let session = try FormAssembly.assemble(exam, candidates: ["a", "b", "c"], banks: curriculum.banks, history: .none,
                                                    at: Date(timeIntervalSince1970: 1_800_000_000), seed: 12).get()
            let sets = session.forms.map { Set($0.questions.map(\.questionID)) }
            #expect(sets.allSatisfy { $0.count == exam.questionCount })
            let shared = sets[0].intersection(sets[1]).union(sets[0].intersection(sets[2])).union(sets[1].intersection(sets[2]))
            #expect(shared.count <= 1, "\(exam.id): items on two forms: \(shared.sorted())")
            #expect(session.mixGaps.isEmpty, "\(exam.id): \(session.mixGaps.map(\.topic))")
        }
    }
}
