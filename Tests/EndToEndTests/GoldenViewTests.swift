import Foundation
import Testing
import TrainerTestSupport

/// The views a newcomer reads first, on the demo cohort at 50 and 100 columns, against golden
/// files in Golden/ (issue 9, point 8). A view that changes on purpose is re-recorded with
/// TRAINER_RECORD_GOLDEN=1 and the diff reviewed.
@Suite struct GoldenViewTests {
    static let views: [(name: String, words: [String])] = [
        ("help", ["help"]), ("today", ["today", "tom"]), ("plan", ["plan", "tom"]),
        ("show", ["show", "tom"]), ("trainees", ["trainees"]),
    ]

    @Test(arguments: [50, 100], 0..<views.count)
    func theDemoViewsMatchTheirGoldenFiles(columns: Int, view: Int) throws {
        let (name, words) = Self.views[view]
        let home = TemporaryDirectory()
        let result = try DemoCohort.process(home: home, extra: ["COLUMNS": "\(columns)"]).demo(words)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= columns }, "every line fits in \(columns) columns")
        let problem = GoldenFile("\(name)-\(columns)", besides: #filePath).mismatch(result.stdout)
        #expect(problem == nil, Comment(rawValue: problem ?? ""))
    }

    @Test func offATerminalLinesStayWholeUnlessColumnsIsSet() throws {
        let home = TemporaryDirectory()
        let whole = try DemoCohort.process(home: home).demo(["help"])
        let planAdd = whole.stdout.components(separatedBy: "\n").first { $0.hasPrefix("  plan add ") } ?? ""
        #expect(planAdd.hasSuffix(" Add a remedial item to a plan day (quiz:TOPIC, lesson:ID, roleplay:SCENARIO, queue:MINUTES, exam:EXAM, task:TEXT)."), "one line: \(planAdd)")
        let json = try DemoCohort.process(home: home, extra: ["COLUMNS": "30"]).demo(["plan", "tom", "--json"])
        #expect(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) is [String: Any], "JSON is never wrapped")
    }
}
