import Foundation
import Testing
import TrainerContent
import TrainerCore

/// The curriculum and banks that ship with trainer, held to the bar issue 5 sets.
@Suite struct ShippedContentTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let curriculum: Curriculum

    init() throws {
        curriculum = try ContentLoader(root: Self.root).load().get()
    }

    @Test func twoTracksWithTheirPlans() throws {
        #expect(curriculum.tracks == ["customer-success", "support"])
        let support = try #require(curriculum.plan("support"))
        #expect(support.days.count == 15)
        #expect(support.days.last?.items.contains { $0.kind == .exam && $0.ref == "support-certification" } == true)
        #expect(curriculum.plan("customer-success")?.days.last?.items.contains { $0.kind == .exam && $0.ref == "customer-success-certification" } == true)
        // Every item has a time; mentor meetings at least twice in every full week.
        for day in support.days { for item in day.items { #expect(item.at != nil && item.minutes != nil, "day \(day.day): \(item.ref)") } }
        for week in 0..<3 {
            let meetings = support.days[(week * 5)..<(week * 5 + 5)].flatMap(\.items).filter { $0.kind == .meeting }.count
            #expect(meetings >= 2, "week \(week + 1) has \(meetings) meetings")
        }
    }

    @Test func atLeast25LessonsOfRealLength() throws {
        #expect(curriculum.lessons.count >= 25)
        let loader = ContentLoader(root: Self.root)
        for lesson in curriculum.lessons {
            let words = try loader.lessonText(lesson).split { $0.isWhitespace }.count
            #expect((400...1_300).contains(words), "\(lesson.qualifiedID) has \(words) words")
        }
    }

    @Test func questionBanksMeetTheCountsAndShares() {
        #expect(curriculum.banks.count >= 12)
        let practice = curriculum.banks.flatMap(\.practiceQuestions)
        #expect(practice.count >= 300)
        let multi = Double(practice.filter(\.isMultiAnswer).count) / Double(practice.count)
        let situational = Double(practice.filter { $0.kind == .situational }.count) / Double(practice.count)
        #expect(multi >= 0.4, "multi-answer share \(multi)")
        #expect(situational >= 0.3, "situational share \(situational)")
        for question in curriculum.banks.flatMap(\.questions) {
            #expect(question.explanation != nil, "\(question.id) has no explanation")
            let tempting = question.options.filter { !$0.isCorrect }
            #expect(tempting.allSatisfy { $0.feedback != nil }, "\(question.id): a wrong option has no feedback")
            #expect(!question.options.contains { $0.text.lowercased().contains("of the above") }, "\(question.id)")
        }
    }

    @Test func noTwoQuestionsShareAPrompt() {
        let prompts = curriculum.banks.flatMap(\.questions).map { $0.prompt.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ") }
        let repeated = Dictionary(grouping: prompts, by: { $0 }).filter { $0.value.count > 1 }.keys
        #expect(repeated.isEmpty, "\(Array(repeated))")
    }

    @Test func examPoolsHoldFourDisjointFormsPerSection() throws {
        #expect(curriculum.exams.map(\.id) == ["customer-success-certification", "support-certification"])
        let support = try #require(curriculum.exam("support-certification"))
        #expect(support.sections.contains { $0.topic == "kpis" && $0.count == 2 })
        for exam in curriculum.exams {
            for section in exam.sections {
                let pool = try #require(curriculum.bank(section.topic)).examQuestions
                #expect(pool.count >= 4 * section.count, "\(exam.id)/\(section.topic): \(pool.count) items for \(section.count) a form")
                #expect(pool.filter { $0.kind == .situational }.count >= 4 * section.situational, "\(exam.id)/\(section.topic) situational")
            }
        }
    }

    @Test func everyPlanReferenceResolves() {
        for plan in curriculum.plans {
            for item in plan.days.flatMap(\.items) {
                switch item.kind {
                case .lesson: #expect(curriculum.lesson(item.ref, inTrack: plan.track) != nil, "\(plan.track): lesson \(item.ref)")
                case .quiz: #expect(curriculum.bank(item.ref) != nil, "\(plan.track): quiz \(item.ref)")
                case .exam: #expect(curriculum.exam(item.ref) != nil, "\(plan.track): exam \(item.ref)")
                default: break
                }
            }
        }
    }

    @Test func theReviewersChecklistIsDatedAndCoversEveryBank() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("QuestionBanks/README.md"), encoding: .utf8)
        #expect(readme.contains("2026-11-23") && readme.contains("2026-11-30"), "the checklist keeps its history and is re-applied")
        for topic in curriculum.topics { #expect(readme.contains(topic), "the checklist table names \(topic)") }
    }
}
