import Foundation
import Testing
@testable import TrainerContent
import TrainerCore
import TrainerTestSupport

/// The cache's compact form of plans, titles and question places gives back every field, and damaged
/// bytes give nil, never a trap.
@Suite struct SectionCodingTests {
    static let plan = Plan(track: "support", title: "Support · 3 wëeks", workingDays: [.mon, .wed, .sun], days: [
        PlanDay(day: 1, title: "Start", items: [
            PlanItem(kind: .lesson, ref: "welcome"),
            PlanItem(kind: .quiz, ref: "triage", at: "10:30", minutes: 20, pass: 0.75, id: "d1-quiz", tickedBy: .mentor, supervised: true),
            PlanItem(kind: .queue, ref: "60", minutes: -5, pass: 70, supervised: false),
        ]),
        PlanDay(day: 2, title: "", items: []),
    ])

    static let titles = ContentTitles(banks: ["billing": "Billing", "": ""], lessons: ["support/welcome": "Wélcome"],
                                      scenarios: ["angry": .init(title: "Angry", passMark: -70)], exams: [:])

    static let topics = QuestionTopics(idsByTopic: [("billing", ["b-2", "b-1"]), ("calls", ["c-1", "b-1"]), ("empty", [])])

    @Test func givesBackEveryField() {
        #expect(SectionCoding.plan(from: SectionCoding.encode(Self.plan)) == Self.plan)
        #expect(SectionCoding.questionTopics(from: SectionCoding.encode(Self.topics)) == Self.topics)
        #expect(SectionCoding.titles(from: SectionCoding.encode(Self.titles)) == Self.titles)
        #expect(Self.topics.topics == ["b-1": "billing", "b-2": "billing", "c-1": "calls"])
    }

    /// The coding names each field: a field added to the model must be added there too.
    @Test func writesEveryStoredFieldOfTheModel() {
        #expect(Mirror(reflecting: Self.plan).children.map(\.label) == ["track", "title", "workingDays", "days"])
        #expect(Mirror(reflecting: Self.plan.days[0]).children.map(\.label) == ["day", "title", "items"])
        #expect(Mirror(reflecting: Self.plan.days[0].items[0]).children.map(\.label)
            == ["kind", "ref", "at", "minutes", "pass", "id", "tickedBy", "supervised"])
        #expect(Mirror(reflecting: Self.topics).children.map(\.label) == ["topics"])
        #expect(Mirror(reflecting: Self.titles).children.map(\.label) == ["banks", "lessons", "scenarios", "exams"])
        #expect(Mirror(reflecting: ContentTitles.ScenarioHeading(title: "", passMark: 0)).children.map(\.label) == ["title", "passMark"])
    }

    @Test func givesBackTheShippedPlansAndQuestionPlaces() throws {
        let curriculum = try ContentLoader(root: DemoCohort.root).load().get()
        #expect(!curriculum.plans.isEmpty)
        for plan in curriculum.plans { #expect(SectionCoding.plan(from: SectionCoding.encode(plan)) == plan, "\(plan.track)") }
        #expect(SectionCoding.questionTopics(from: SectionCoding.encode(curriculum.questionTopics)) == curriculum.questionTopics)
        #expect(SectionCoding.titles(from: SectionCoding.encode(curriculum.titles)) == curriculum.titles)
    }

    @Test func damagedBytesGiveNil() {
        let bytes = SectionCoding.encode(Self.plan)
        for length in 0..<bytes.count { #expect(SectionCoding.plan(from: bytes.prefix(length)) == nil, "cut at \(length)") }
        #expect(SectionCoding.plan(from: bytes + Data([0])) == nil, "a byte too many")
        let topics = SectionCoding.encode(Self.topics)
        for length in 0..<topics.count { #expect(SectionCoding.questionTopics(from: topics.prefix(length)) == nil, "cut at \(length)") }
        let titles = SectionCoding.encode(Self.titles)
        for length in 0..<titles.count { #expect(SectionCoding.titles(from: titles.prefix(length)) == nil, "cut at \(length)") }
        var random = SeededGenerator(seed: 15)
        for _ in 0..<2_000 {
            var damaged = bytes
            damaged[Int.random(in: 0..<damaged.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            _ = SectionCoding.plan(from: damaged)  // any answer but a trap
        }
    }
}

/// The cache files' index: what `encode` writes reads back section by section, names with spaces
/// and empty sections included; a file cut short, with another header or a damaged line is refused.
@Suite struct SectionedFileTests {
    static let sections: [(name: String, bytes: Data)] = [
        ("claims", Data("abc".utf8)), ("plan support", Data([0, 10, 10, 255])), ("empty", Data()), ("bank", Data(repeating: 7, count: 5_000)),
    ]

    @Test func whatIsWrittenReadsBack() throws {
        let data = SectionedFile.encode(header: "trainer test 1", Self.sections)
        let file = try #require(SectionedFile(data, header: "trainer test 1"))
        #expect(file.names == Self.sections.map(\.name))
        for (name, bytes) in Self.sections { #expect(file.section(name) == bytes, "\(name)") }
        #expect(file.section("missing") == nil)
        // A slice of a larger buffer reads the same.
        let sliced = (Data("xx".utf8) + data).dropFirst(2)
        #expect(SectionedFile(sliced, header: "trainer test 1")?.section("bank") == Self.sections[3].bytes)
    }

    @Test func aDamagedIndexIsRefused() {
        let data = SectionedFile.encode(header: "trainer test 1", Self.sections)
        #expect(SectionedFile(data, header: "trainer test 2") == nil)
        #expect(SectionedFile(data.dropLast(), header: "trainer test 1") == nil)
        #expect(SectionedFile(Data("trainer test 1\nclaims 0 3".utf8), header: "trainer test 1") == nil)
        for line in ["claims 0", "claims x 3", "claims 0 -3", " 0 3", "claims 0 99999999999999999999", "claims 9223372036854775807 9"] {
            #expect(SectionedFile(Data("trainer test 1\n\(line)\n\nabc".utf8), header: "trainer test 1") == nil, "\(line)")
        }
    }
}
