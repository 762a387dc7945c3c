import Foundation
import Testing
@testable import TrainerCLI
import TrainerCore
@testable import TrainerStore

/// `results --json` writes on a second thread: the visitor there must receive exactly the calls
/// the reader made, in order, with the bytes they lent, across many batches; and a failure on
/// either side must stop both and reach the caller.
@Suite struct ListingRelayTests {
    /// Every call as text, so two runs compare as arrays.
    struct Recorder: AttemptListVisitor {
        var calls: [String] = []
        var failAfter = Int.max

        mutating func attemptBegins(_ attempt: ListedAttempt) throws { try note("begins \(attempt.id) \(attempt.user)") }
        mutating func version(_ version: ServedVersion) throws { try note("version \(version.index)") }
        mutating func answer(_ answer: ListedAnswer) throws {
            let chosen = answer.chosen.map { String(decoding: $0, as: UTF8.self) } ?? "-"
            try note("answer \(String(decoding: answer.questionID, as: UTF8.self)) \(chosen) \(answer.version) \(answer.credit ?? -1)")
        }
        mutating func attemptEnds() throws { try note("ends") }

        private mutating func note(_ call: String) throws {
            guard calls.count < failAfter else { throw CommandFailure("cannot write: broken pipe") }
            calls.append(call)
        }
    }

    /// A listing of `attempts` attempts of up to 30 answers, some unanswered, some with ids beyond ASCII.
    static func listing(attempts: Int, into visitor: inout some AttemptListVisitor) throws {
        var random = SeededGenerator(seed: 7)
        for id in 1...attempts {
            try visitor.attemptBegins(ListedAttempt(id: Int64(id), user: "trainee-\(id % 7)", kind: .quiz, topic: "calls", score: 0.5,
                                                    passed: false, state: .submitted, isSealed: false, reconstructed: false,
                                                    startedAt: "2026-11-02 09:00:00.000", finishedAt: nil))
            for position in 0..<Int(random.next() % 30) {
                if position % 11 == 0 {
                    try visitor.version(ServedVersion(index: id * 100 + position, questionID: "q", correctOptionIDs: ["a"], load: { Question(id: "q", topic: "calls", prompt: "?", options: []) }))
                }
                var id = Array("calls-\(position)-é".utf8), chosen = Array("a,c".utf8)
                let credit: Double? = position % 3 == 0 ? nil : Double(position % 2)
                try id.withUnsafeBytes { idBytes in
                    try chosen.withUnsafeBytes { chosenBytes in
                        try visitor.answer(ListedAnswer(questionID: idBytes, chosen: position % 4 == 0 ? nil : chosenBytes,
                                                        version: position, credit: credit))
                    }
                }
                // The lent bytes are the caller's to reuse at once.
                for index in id.indices { id[index] = 0 }
                for index in chosen.indices { chosen[index] = 0 }
            }
            try visitor.attemptEnds()
        }
    }

    @Test func theVisitorReceivesEveryCallInOrderAcrossBatches() throws {
        var direct = Recorder()
        try Self.listing(attempts: 2_000, into: &direct)
        #expect(direct.calls.count > 4 * ListingRelay.batchSize)
        let relayed = try ListingRelay.run(Recorder()) { relay in try Self.listing(attempts: 2_000, into: &relay) }
        #expect(relayed.calls == direct.calls)
    }

    @Test func aFailedWriteStopsTheReadingAndIsThrown() {
        var reads = 0
        #expect(throws: CommandFailure.self) {
            _ = try ListingRelay.run(Recorder(failAfter: 100)) { relay in
                while true {
                    reads += 1
                    try Self.listing(attempts: 10, into: &relay)
                }
            }
        }
        #expect(reads < 1_000)
    }

    @Test func aFailedReadIsThrownAndTheWriterStops() {
        struct Damaged: Error {}
        #expect(throws: Damaged.self) {
            _ = try ListingRelay.run(Recorder()) { relay in
                try Self.listing(attempts: 300, into: &relay)
                throw Damaged()
            }
        }
    }
}
