import Foundation
import Testing
@testable import TrainerContent
import TrainerCore
import TrainerTestSupport

/// The cache's compact form of banks and places gives back every field, and damaged bytes give
/// nil, never a trap.
@Suite struct BankCodingTests {
    static let bank = QuestionBank(topic: "t", title: "Tïtle", shuffle: false, questions: [
        Question(id: "q-1", topic: "t", prompt: "Which? ✓\n\"quoted\"", kind: .situational, difficulty: 3, pool: .exam,
                 scoring: .allOrNothing, options: [
                    AnswerOption(id: "a", text: "Yes", isCorrect: true, feedback: "Right.", weight: 0.5),
                    AnswerOption(id: "b", text: "", isCorrect: false, feedback: nil, weight: -1),
                 ], explanation: "Because.", shuffle: false),
        Question(id: "q-2", topic: "t", prompt: "", difficulty: -7, options: [], explanation: nil, shuffle: nil),
    ])

    static let places = [
        QuestionPlaces(path: "QuestionBanks/t.yaml", question: .init(line: 4, column: 5), prompt: .init(line: 5, column: 13),
                       options: [.init(line: 7, column: 9), .init(line: 100_000, column: 1)]),
        QuestionPlaces(path: "QuestionBanks/t.yaml", question: .init(line: 1, column: 1), prompt: .init(line: 1, column: 1), options: []),
    ]

    @Test func givesBackEveryField() {
        #expect(BankCoding.bank(from: BankCoding.encode(Self.bank)) == Self.bank)
        #expect(BankCoding.places(from: BankCoding.encode(Self.places)) == Self.places)
        let claims = [BankFileRead.Claim(id: "q-1", line: 4, column: 5), BankFileRead.Claim(id: "", line: 0, column: -1)]
        #expect(BankCoding.claims(from: BankCoding.encode(claims)) == claims)
    }

    /// The coding names each field: a field added to the model must be added there too.
    @Test func writesEveryStoredFieldOfTheModel() {
        #expect(Mirror(reflecting: Self.bank).children.map(\.label) == ["topic", "title", "shuffle", "questions"])
        #expect(Mirror(reflecting: Self.bank.questions[0]).children.map(\.label)
            == ["id", "topic", "prompt", "kind", "difficulty", "pool", "scoring", "options", "explanation", "shuffle"])
        #expect(Mirror(reflecting: Self.bank.questions[0].options[0]).children.map(\.label) == ["id", "text", "isCorrect", "feedback", "weight"])
        #expect(Mirror(reflecting: Self.places[0]).children.map(\.label) == ["path", "question", "prompt", "options"])
    }

    @Test func givesBackTheShippedBanks() throws {
        let curriculum = try ContentLoader(root: DemoCohort.root).load().get()
        #expect(!curriculum.banks.isEmpty)
        for bank in curriculum.banks { #expect(BankCoding.bank(from: BankCoding.encode(bank)) == bank, "\(bank.topic)") }
    }

    @Test func damagedBytesGiveNil() {
        let bytes = BankCoding.encode(Self.bank)
        for length in 0..<bytes.count { #expect(BankCoding.bank(from: bytes.prefix(length)) == nil, "cut at \(length)") }
        #expect(BankCoding.bank(from: bytes + Data([0])) == nil, "a byte too many")
        var random = SeededGenerator(seed: 15)
        for _ in 0..<2_000 {
            var damaged = bytes
            damaged[Int.random(in: 0..<damaged.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            _ = BankCoding.bank(from: damaged)  // any answer but a trap
        }
        #expect(BankCoding.places(from: Data([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f])) == nil)
    }
}
