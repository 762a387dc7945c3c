import Foundation
import Testing
import TrainerTestSupport

/// Certification sessions run by a lead, on the built binary in script mode.
@Suite struct ExamEndToEndTests {
    let folder = TemporaryDirectory()
    let trainer: TrainerProcess
    let lena = ["TRAINER_PASSPHRASE": "lena-passphrase"]
    func trainee(_ name: String) -> [String: String] { ["TRAINER_PASSPHRASE": "\(name)-passphrase"] }
    func at(_ time: String) -> [String: String] { ["TRAINER_NOW": "2026-11-23T\(time):00Z"] }

    /// Twelve exam items (four forms' worth): option 1 is right, options keep their order.
    static let kitchenBank = "topic: kitchen\ntitle: Kitchen\nshuffle: false\nquestions:\n" + (1...12).map { n in
        """
          - id: kitchen-x\(n < 10 ? "0" : "")\(n)
            prompt: Kitchen question \(n)?
            pool: exam
            kind: \(n % 4 == 1 || n == 12 ? "situational" : "knowledge")
            difficulty: \((n - 1) % 3 + 1)
            options:
              - text: Right \(n)
                correct: true
              - text: Wrong \(n)
              - text: Also wrong \(n)

        """
    }.joined() + "  - id: kitchen-001\n    prompt: Practice only\n    options:\n      - text: Yes\n        correct: true\n      - text: No\n"

    static let blueprint = """
        exam: kitchen-cert
        title: Kitchen certification
        minutes: 30
        pass: 0.6
        sections:
          - topic: kitchen
            count: 3
            situational: 1
        rotation:
          rest_days: 90
          retire_after: 2
        recertify_after_days: 365

        """

    init() throws {
        ContentFixture.write(to: folder)
        folder.write("QuestionBanks/kitchen.yaml", Self.kitchenBank)
        folder.write("QuestionBanks/exams/kitchen-cert.yaml", Self.blueprint)
        folder.write("Curriculum/basic/plan.yaml", ContentFixture.plan + "      - exam: kitchen-cert\n")
        trainer = TrainerProcess(content: folder.url.path, database: folder.path("trainer.sqlite"))
        try trainer.run(["init", "--lead", "lena"], env: ["TRAINER_NEW_PASSPHRASE": "lena-passphrase"])
        for name in ["ana", "ben", "cy"] {
            try trainer.run(["user", "add", name, "--role", "trainee", "--track", "basic", "--start", "2026-11-23", "--as", "lena"],
                            env: lena.merging(["TRAINER_NEW_PASSPHRASE": "\(name)-passphrase"]) { $1 })
        }
    }

    func json(_ outcome: TrainerProcess.Outcome) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8))
    }

    /// Opens a session and returns each candidate's items.
    func open(_ candidates: String, time: String = "09:00") throws -> (id: Int, forms: [String: [String]]) {
        let opened = try trainer.run(["exam", "open", "kitchen-cert", "--candidates", candidates, "--json", "--as", "lena"],
                                     env: lena.merging(at(time)) { $1 })
        #expect(opened.status == 0, "\(opened.stderr)")
        let object = try #require(try json(opened) as? [String: Any])
        let forms = try #require(object["forms"] as? [[String: Any]])
        return (try #require(object["session"] as? Int),
                Dictionary(uniqueKeysWithValues: forms.map { ($0["user"] as? String ?? "", $0["questions"] as? [String] ?? []) }))
    }

    @Test func aSessionRunsSealedUntilCloseThenReportsAndCertifies() throws {
        let (id, forms) = try open("ana,ben,cy")
        #expect(id == 1)
        // Three forms by the blueprint: three exam items each, one situational at least, no two alike.
        let situational: Set<String> = ["kitchen-x01", "kitchen-x05", "kitchen-x09", "kitchen-x12"]
        for (_, items) in forms {
            #expect(items.count == 3 && items.allSatisfy { $0.hasPrefix("kitchen-x") })
            #expect(!situational.isDisjoint(with: items))
        }
        #expect(Set(forms.values.map(Set.init)).count == 3)

        // Ana answers everything right, in two sittings; the timer shows at each question.
        let first = try trainer.run(["exam", "take", "1", "--as", "ana"], stdin: "a\n", env: trainee("ana").merging(at("09:00")) { $1 })
        #expect(first.stdout.contains("Kitchen certification: 3 questions, 30 minutes; the deadline is 2026-11-23 09:30."))
        #expect(first.stdout.contains("Time left: 30 min (until 09:30)."))
        #expect(!first.stdout.contains("Wrong") || !first.stdout.contains("correct"))
        let second = try trainer.run(["exam", "take", "1", "--as", "ana"], stdin: "a\na\nsubmit\n",
                                     env: trainee("ana").merging(at("09:12")) { $1 })
        #expect(second.stdout.contains("Resuming session 1: 1 of 3 answered; the deadline is still 2026-11-23 09:30."))
        #expect(second.stdout.contains("Time left: 18 min (until 09:30)."))
        #expect(second.stdout.contains("Handed in: 3 of 3 answered. Your result is sealed until the lead closes session 1"))
        #expect(!second.stdout.contains("100%"))

        // Sealed everywhere before close.
        let report = try trainer.run(["exam", "report", "1", "--as", "ana"], env: trainee("ana"))
        #expect(report.status == 1)
        #expect(report.stderr.contains("session 1 is not closed yet: results stay sealed until the lead closes it"))
        let listed = try #require(try json(try trainer.run(["results", "--json", "--as", "ana"], env: trainee("ana"))) as? [[String: Any]])
        #expect(listed.count == 1 && listed[0]["kind"] as? String == "exam" && listed[0]["sealed"] as? Bool == true)
        #expect(listed[0]["score"] is NSNull && listed[0]["passed"] is NSNull)
        #expect(try trainer.run(["results", "--json", "--as", "ana"], env: trainee("ana")).stdout.contains("\"credit\"") == false)
        let attempt = try trainer.run(["attempt", "1", "--as", "ana"], env: trainee("ana"))
        #expect(attempt.status == 1 && attempt.stderr.contains("its result is sealed until the lead closes the session"))
        #expect(try trainer.run(["exam", "take", "1", "--as", "ana"], env: trainee("ana")).stderr
            .contains("you have already handed in session 1"))

        // Ben starts, goes away and comes back after the deadline: his late answer is refused.
        try trainer.run(["exam", "take", "1", "--as", "ben"], stdin: "", env: trainee("ben").merging(at("09:05")) { $1 })
        let late = try trainer.run(["exam", "take", "1", "--as", "ben"], stdin: "a\n", env: trainee("ben").merging(at("09:36")) { $1 })
        #expect(late.stderr.contains("Time ran out at 2026-11-23 09:35 while you were away: the attempt was submitted as it stood."))
        #expect(late.stdout.contains("Handed in: 0 of 3 answered."))

        // The lead closes; cy never started.
        let close = try trainer.run(["exam", "close", "1", "--as", "lena"], env: lena.merging(at("10:00")) { $1 })
        #expect(close.status == 0, "\(close.stderr)")
        #expect(close.stdout.contains("did not take it"))
        try trainer.run(["exam", "feedback", "1", "ana", "--text", "Strong on the \u{1B}[31mbasics", "--as", "lena"], env: lena)

        let own = try #require(try json(try trainer.run(["exam", "report", "1", "--json", "--as", "ana"], env: trainee("ana"))) as? [String: Any])
        #expect(own["session"] as? Int == 1 && own["exam"] as? String == "kitchen-cert" && own["closed_at"] is String)
        let candidates = try #require(own["candidates"] as? [[String: Any]])
        #expect(candidates.count == 1)
        let ana = candidates[0]
        #expect(ana["user"] as? String == "ana" && ana["score"] as? Double == 1 && ana["passed"] as? Bool == true)
        #expect((ana["topics"] as? [[String: Any]])?.first?["topic"] as? String == "kitchen")
        #expect((ana["answers"] as? [[String: Any]])?.allSatisfy { $0["chosen"] as? [String] == ["1"] && $0["correct"] as? [String] == ["1"] } == true)
        #expect(ana["feedback"] as? String == "Strong on the \u{1B}[31mbasics")
        #expect(try trainer.run(["exam", "report", "1", "--as", "ana"], env: trainee("ana")).stdout.contains("Feedback: Strong on the ^[[31mbasics"))
        let all = try #require(try json(try trainer.run(["exam", "report", "1", "--json", "--as", "lena"], env: lena)) as? [String: Any])
        let ben = try #require((all["candidates"] as? [[String: Any]])?.first { $0["user"] as? String == "ben" })
        #expect(ben["weak"] as? [String] == ["kitchen"] && ben["passed"] as? Bool == false)
        let opened = try #require(try json(try trainer.run(["results", "--json", "--as", "ana"], env: trainee("ana"))) as? [[String: Any]])
        #expect(opened[0]["score"] as? Double == 1)

        // Passing ticks the plan's exam item and issues a certificate.
        let plan = try trainer.run(["plan", "--json", "--as", "ana"], env: trainee("ana"))
        #expect(plan.stdout.contains("\"state\" : \"passed\""))
        let certs = try #require(try json(try trainer.run(["certs", "--json", "--as", "lena"], env: lena)) as? [[String: Any]])
        #expect(certs.count == 1)
        #expect(certs[0]["user"] as? String == "ana" && certs[0]["recertify_by"] as? String == "2027-11-23")
        #expect(certs[0]["id"] as? String == "KC-20261123-0001")
        let due = try trainer.run(["certs", "--due", "400", "--as", "lena"], env: lena)
        #expect(due.stdout.contains("KC-20261123-0001") && due.stdout.contains("due soon"))
        let out = folder.path("ana-cert.html")
        #expect(try trainer.run(["exam", "certificate", "ana", "--format", "html", "--out", out, "--as", "ana"], env: trainee("ana")).status == 0)
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.contains("@page { size: A4") && html.contains("KC-20261123-0001") && html.contains("Valid until 2027-11-23"))
        let mode = try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        // Item analysis: every exposed item, over-exposure flagged at retire_after.
        let items = try #require(try json(try trainer.run(["exam", "items", "--json", "--as", "lena"], env: lena)) as? [[String: Any]])
        #expect(items.count == 9)
        #expect(items.allSatisfy { $0["exposures"] as? Int == 1 })
    }

    @Test func aKilledAttemptResumesTheSameFormWithTheSameDeadline() throws {
        let (_, forms) = try open("ana")
        // Answer one question, then kill the process outright.
        let process = Process()
        process.executableURL = TrainerProcess.binary
        process.arguments = ["exam", "take", "1", "--as", "ana"]
        process.environment = trainer.environment.merging(trainee("ana")) { $1 }.merging(at("09:02")) { $1 }
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        input.fileHandleForWriting.write(Data("b\n".utf8))
        var seen = ""
        let deadline = Date().addingTimeInterval(20)
        while !seen.contains("Question 2/3"), Date() < deadline {
            seen += String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let resumed = try trainer.run(["exam", "take", "1", "--as", "ana"], stdin: "", env: trainee("ana").merging(at("09:20")) { $1 })
        #expect(resumed.stdout.contains("Resuming session 1: 1 of 3 answered; the deadline is still 2026-11-23 09:32."))
        #expect(resumed.stdout.contains("Time left: 12 min (until 09:32)."))
        let sessions = try #require(try json(try trainer.run(["exam", "sessions", "--json", "--as", "ana"], env: trainee("ana"))) as? [[String: Any]])
        let candidate = try #require((sessions.first?["candidates"] as? [[String: Any]])?.first)
        #expect(candidate["answered"] as? Int == 1 && candidate["deadline"] as? String == "2026-11-23T09:32:00Z")
        // The same form: the prompts shown are the form's items.
        let prompts = forms["ana"]?.map { "Kitchen question \(Int($0.dropFirst("kitchen-x".count)) ?? 0)?" } ?? []
        #expect(prompts.contains { resumed.stdout.contains($0) })
    }

    @Test func aRetakeGetsNoItemSeenBeforeAndAShortPoolCreatesNothing() throws {
        let first = try open("ana,ben,cy")
        // The next session draws from the three items that did not go out (the others rest 90 days).
        let retake = try open("ben", time: "11:00")
        let seenBefore = Set(first.forms["ben"] ?? [])
        #expect(Set(retake.forms["ben"] ?? []).isDisjoint(with: seenBefore))
        #expect(Set(retake.forms["ben"] ?? []).isDisjoint(with: first.forms.values.flatMap { $0 }))

        // Nothing is left for ben now: the session fails, naming the section, and nothing is created.
        let failed = try trainer.run(["exam", "open", "kitchen-cert", "--candidates", "ben", "--as", "lena"], env: lena)
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("cannot open `kitchen-cert`: section `kitchen` cannot be filled: it needs 3 items, 0 are eligible (short by 3); the exam pool has 12: 0 seen before, 12 resting, 0 retired"))
        #expect(failed.stderr.contains("nothing was created"))
        let sessions = try #require(try json(try trainer.run(["exam", "sessions", "--json", "--as", "lena"], env: lena)) as? [[String: Any]])
        #expect(sessions.count == 2)
        // Preview records nothing either.
        let preview = try trainer.run(["exam", "preview", "kitchen-cert", "--as", "lena"], env: lena.merging(["TRAINER_NOW": "2027-06-01T09:00:00Z"]) { $1 })
        #expect(preview.status == 0, "\(preview.stderr)")
        #expect(preview.stdout.contains("Nothing was recorded"))
        let items = try #require(try json(try trainer.run(["exam", "items", "--json", "--as", "lena"], env: lena)) as? [[String: Any]])
        #expect(items.map { $0["exposures"] as? Int ?? 0 }.reduce(0, +) == 12)

        // A retired item leaves future forms; a blueprint larger than its pool is named by `check`.
        #expect(try trainer.run(["exam", "retire", "kitchen-x01", "--why", "leaked", "--as", "lena"], env: lena).status == 0)
        folder.write("QuestionBanks/exams/kitchen-cert.yaml", Self.blueprint.replacingOccurrences(of: "count: 3", with: "count: 13"))
        let check = try trainer.run(["check", "--fresh"])
        #expect(check.status == 1 && check.stdout.contains("section `kitchen` asks for 13 questions but its exam pool has 12"))
    }

    @Test func traineesCannotRunTheLeadsExamCommands() throws {
        for words in [["exam", "open", "kitchen-cert", "--candidates", "ana"], ["exam", "items"], ["exam", "preview", "kitchen-cert"],
                      ["exam", "close", "1"], ["exam", "retire", "kitchen-x01", "--why", "x"]] {
            let run = try trainer.run(words + ["--as", "ana"], env: trainee("ana"))
            #expect(run.status == 1)
            #expect(run.stderr.contains("is for leads; you are ana (trainee)"), "\(words)")
        }
        let sessions = try json(try trainer.run(["exam", "sessions", "--json", "--as", "lena"], env: lena)) as? [Any]
        #expect(sessions?.isEmpty == true)
    }

    @Test func checkReportsDisjointFormsPerSection() throws {
        let check = try trainer.run(["check", "--fresh"])
        #expect(check.stdout.contains("Exam kitchen-cert: pools for 4 disjoint forms (kitchen 4)."))
        folder.write("QuestionBanks/exams/kitchen-cert.yaml", Self.blueprint.replacingOccurrences(of: "count: 3", with: "count: 7"))
        let low = try trainer.run(["check", "--fresh"])
        #expect(low.stderr.contains("warning: exam kitchen-cert, section kitchen: the pool gives 1 disjoint form"))
    }
}
