import Foundation
import Testing
import TrainerTestSupport

/// `export results`: records out as CSV, JSON and xAPI statements, only whose the exporter may
/// see, exam keys withheld until the session closes, files owner-only.
@Suite struct ExportResultsEndToEndTests {
    let folder = TemporaryDirectory()
    let trainer: TrainerProcess
    let lena = ["TRAINER_PASSPHRASE": "lena-passphrase"]
    func secret(_ name: String) -> [String: String] { ["TRAINER_PASSPHRASE": "\(name)-passphrase"] }

    init() throws {
        ContentFixture.write(to: folder)
        folder.write("QuestionBanks/kitchen.yaml", ExamEndToEndTests.kitchenBank)
        folder.write("QuestionBanks/exams/kitchen-cert.yaml", ExamEndToEndTests.blueprint)
        trainer = TrainerProcess(content: folder.url.path, database: folder.path("trainer.sqlite"))
        try trainer.run(["init", "--lead", "lena"], env: ["TRAINER_NEW_PASSPHRASE": "lena-passphrase"])
        for (name, role, mentor) in [("mark", "mentor", nil), ("mia", "mentor", nil), ("tom", "trainee", "mark"), ("ana", "trainee", "mia")] {
            try trainer.run(["user", "add", name, "--role", role, "--as", "lena"] + (mentor.map { ["--mentor", $0, "--track", "basic"] } ?? []),
                            env: lena.merging(["TRAINER_NEW_PASSPHRASE": "\(name)-passphrase"]) { $1 })
        }
        // Both trainees answer fruit-001 right (A and B) and fruit-002 wrong (B); the quiz keeps file order.
        for name in ["tom", "ana"] {
            let quiz = try trainer.run(["quiz", "fruit", "--as", name], stdin: "a b\nb\nsubmit\n", env: secret(name))
            #expect(quiz.status == 0, "\(quiz.stderr)")
        }
    }

    func export(_ format: String, as name: String, _ extra: [String] = []) throws -> String {
        let result = try trainer.run(["export", "results", "--format", format, "--as", name] + extra, env: secret(name))
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    func csvRows(_ text: String) -> [[String]] {
        text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map { $0.components(separatedBy: ",") }
    }

    @Test func csvHasAHeaderThenARowPerAnswerAndASummaryPerAttempt() throws {
        let rows = csvRows(try export("csv", as: "tom"))
        #expect(rows.first == ["row", "id", "user", "kind", "topic", "position", "question", "response", "correct", "credit",
                               "score", "passed", "sealed", "started_at", "finished_at", "answered_at"])
        let body = rows.dropFirst().map { Array($0.prefix(13)) }
        #expect(body.sorted { $0[6] < $1[6] } == [
            ["attempt", "1", "tom", "quiz", "fruit", "", "", "", "", "", "0.5", "false", "false"],
            ["answer", "1", "tom", "quiz", "fruit", "1", "fruit-001", "1;2", "1;2", "1", "", "", "false"],
            ["answer", "1", "tom", "quiz", "fruit", "2", "fruit-002", "2", "1", "0", "", "", "false"],
        ])
        #expect(rows.last?.first == "attempt", "the summary follows its answers")
        #expect(rows[1][13] == "2026-11-23T09:00:00.000Z")
    }

    @Test func jsonHasTheSameRecordsWithTypedValues() throws {
        let records = try #require(try JSONSerialization.jsonObject(with: Data(try export("json", as: "lena").utf8)) as? [[String: Any]])
        #expect(records.count == 6)
        let answer = try #require(records.first { $0["user"] as? String == "ana" && $0["question"] as? String == "fruit-001" })
        #expect(answer["response"] as? [String] == ["1", "2"])
        #expect(answer["credit"] as? Double == 1)
        #expect(answer["score"] is NSNull)
        #expect(Set(records.map { $0.count }) == [16], "every record has every key")
    }

    @Test func aMentorExportsOnlyTheirTrainees() throws {
        let mark = try export("csv", as: "mark")
        #expect(Set(csvRows(mark).dropFirst().map { $0[2] }) == ["tom"])
        let refused = try trainer.run(["export", "results", "--format", "csv", "--user", "ana", "--as", "mark"], env: secret("mark"))
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("ana is not your trainee"))
        #expect(Set(csvRows(try export("csv", as: "ana")).dropFirst().map { $0[2] }) == ["ana"])
        #expect(Set(csvRows(try export("csv", as: "lena", ["--user", "ana"])).dropFirst().map { $0[2] }) == ["ana"])
        #expect(csvRows(try export("csv", as: "lena", ["--since", "2026-11-24"])).count == 1, "only the header")
    }

    @Test func anExamsKeyAndScoreStayOutOfEveryExportUntilItsSessionCloses() throws {
        try trainer.run(["exam", "open", "kitchen-cert", "--candidates", "tom", "--as", "lena"], env: lena)
        let taken = try trainer.run(["exam", "take", "1", "--as", "tom"], stdin: "a\na\na\nsubmit\n", env: secret("tom"))
        #expect(taken.status == 0, "\(taken.stderr)")
        for name in ["lena", "mark", "tom"] {
            let exam = csvRows(try export("csv", as: name)).filter { $0[3] == "exam" }
            #expect(exam.count == 4, "\(name): three answers and the attempt")
            #expect(exam.allSatisfy { $0[8].isEmpty && $0[9].isEmpty && $0[10].isEmpty && $0[11].isEmpty && $0[12] == "true" }, "\(name): \(exam)")
            let statements = try export("xapi", as: name).split(separator: "\n").filter { $0.contains("/exams/") || $0.contains("kitchen-x") }
            #expect(statements.count == 4, "\(name): three answered and one completed")
            #expect(statements.allSatisfy { !$0.contains("correctResponsesPattern") && !$0.contains("\"score\"") && !$0.contains("\"success\"") })
        }
        try trainer.run(["exam", "close", "1", "--as", "lena"], env: lena)
        let exam = csvRows(try export("csv", as: "tom")).filter { $0[3] == "exam" }
        #expect(exam.filter { $0[0] == "answer" }.allSatisfy { $0[8] == "1" && $0[9] == "1" && $0[12] == "false" })
        #expect(exam.first { $0[0] == "attempt" }.map { [$0[10], $0[11]] } == ["1", "true"])
        #expect(try export("xapi", as: "tom").contains("/verbs/passed\""))
    }

    @Test func everyXAPIStatementHasTheRequiredFieldsAndAStableId() throws {
        let text = try export("xapi", as: "lena", ["--home-page", "https://lrs.example.org/"])
        let lines = text.split(separator: "\n")
        #expect(lines.count == 2 * (2 + 2), "per trainee: two answered, completed, failed")
        var ids = Set<String>(), defined = Set<String>(), choiceIDs: [String: Set<String>] = [:]
        let verbs = ["answered", "completed", "passed", "failed"].map { "http://adlnet.gov/expapi/verbs/\($0)" }
        for line in lines {
            let statement = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let id = try #require(statement["id"] as? String)
            #expect(UUID(uuidString: id) != nil && id == id.lowercased())
            ids.insert(id)
            #expect(statement["version"] as? String == "1.0.3")
            let timestamp = try #require(statement["timestamp"] as? String)
            let iso = ISO8601DateFormatter()
            iso.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            #expect(iso.date(from: timestamp) != nil, "\(timestamp)")

            let actor = try #require(statement["actor"] as? [String: Any])
            #expect(actor["objectType"] as? String == "Agent")
            #expect(Set(actor.keys) == ["objectType", "account"], "one identifier only: \(actor)")
            let account = try #require(actor["account"] as? [String: Any])
            #expect(account["homePage"] as? String == "https://lrs.example.org")
            #expect(["tom", "ana"].contains(account["name"] as? String ?? ""))

            let verb = try #require(statement["verb"] as? [String: Any])
            let verbID = try #require(verb["id"] as? String)
            #expect(verbs.contains(verbID))
            #expect((verb["display"] as? [String: String])?["en-US"] == verbID.components(separatedBy: "/").last)

            let object = try #require(statement["object"] as? [String: Any])
            #expect(object["objectType"] as? String == "Activity")
            let activity = try #require(object["id"] as? String)
            #expect(activity.hasPrefix("https://lrs.example.org/"))
            let result = try #require(statement["result"] as? [String: Any])
            if let scaled = (result["score"] as? [String: Any])?["scaled"] as? Double { #expect((-1...1).contains(scaled)) }
            #expect(statement["context"] is [String: Any])
            // A question's definition comes with its first statement only (an LRS keeps it);
            // an attempt's or a role-play's is short and comes every time.
            let isAnswer = verbID.hasSuffix("answered")
            let first = !isAnswer || defined.insert(activity).inserted
            #expect((object["definition"] != nil) == first, "\(activity): a question's definition on first use only")
            let definition = object["definition"] as? [String: Any] ?? [:]
            if isAnswer, first {
                #expect(definition["type"] as? String == "http://adlnet.gov/expapi/activities/cmi.interaction")
                #expect(definition["interactionType"] as? String == "choice")
                let choices = try #require(definition["choices"] as? [[String: Any]])
                choiceIDs[activity] = Set(choices.compactMap { $0["id"] as? String })
            }
            if isAnswer {
                let response = try #require(result["response"] as? String)
                #expect(Set(response.components(separatedBy: "[,]")).isSubset(of: choiceIDs[activity] ?? []), "\(response)")
                #expect(result["success"] is Bool)
                #expect(((result["score"] as? [String: Any])?["scaled"] as? Double) != nil)
            } else {
                #expect(result["completion"] as? Bool == true)
                #expect(((result["score"] as? [String: Any])?["scaled"] as? Double) == 0.5)
            }
        }
        #expect(ids.count == lines.count, "ids are unique")
        #expect(text.contains("\"response\":\"1[,]2\""))
        #expect(text.contains("\"correctResponsesPattern\":[\"1[,]2\"]"))
        #expect(try export("xapi", as: "lena", ["--home-page", "https://lrs.example.org/"]) == text, "a re-export gives the same ids")
    }

    @Test func theFileIsOwnerOnlyAndNeverReplacedUnasked() throws {
        let out = folder.path("results.csv")
        let written = try trainer.run(["export", "results", "--format", "csv", "--out", out, "--as", "lena"], env: lena)
        #expect(written.stdout.contains("Exported 4 answers as csv to \(out)."), "\(written.stderr)")
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int)
        #expect(mode & 0o777 == 0o600)
        let again = try trainer.run(["export", "results", "--format", "csv", "--out", out, "--as", "lena"], env: lena)
        #expect(again.status != 0 && again.stderr.contains("already exists: add --force"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).allSatisfy { !$0.hasSuffix(".partial") })
    }
}
