import Foundation
import Testing
@testable import TrainerCLI

/// `results --json` is written by hand one attempt at a time; it must stay the bytes JSONEncoder gave.
@Suite struct PrettyJSONTests {
    typealias Row = ResultsCommand.Row

    @Test func aStreamedListingIsTheSameBytesAsTheEncodedArray() throws {
        let rows = [
            Row(id: 12, user: "tom \"the\" \\ new/\u{1}\té", topic: "fruit", kind: "quiz", score: 0.25, passed: false, state: "submitted",
                sealed: false, reconstructed: false, startedAt: "2026-11-23T09:00:00Z", finishedAt: "2026-11-23T09:10:00Z",
                answers: [Row.Answer(question: "fruit-001", chosen: ["a", "b"], correct: ["a"], credit: 1.0),
                          Row.Answer(question: "fruit-002", chosen: [], correct: nil, credit: nil),
                          Row.Answer(question: "fruit-003", chosen: ["c"], correct: [], credit: 1.0 / 3)]),
            Row(id: 3, user: "ana", topic: "cert", kind: "exam", score: nil, passed: nil, state: "open", sealed: true, reconstructed: true,
                startedAt: "2026-11-22T09:00:00Z", finishedAt: nil, answers: []),
        ]
        var streamed = "["
        for (index, row) in rows.enumerated() {
            streamed += index == 0 ? "\n  " : ",\n  "
            row.json.write(into: &streamed, indent: 2)
        }
        streamed += "\n]"
        #expect(streamed == (try JSONOutput.render(rows)))
        #expect((try JSONOutput.render([Row]())) == "[\n\n]")
    }
}
