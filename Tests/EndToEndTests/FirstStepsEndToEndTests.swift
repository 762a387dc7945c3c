import Foundation
import Testing
import TrainerTestSupport

/// Issue 9, points 15 and 18-20: first steps on an empty database, figures that agree on
/// skipped questions, the lead's trainees table, TRAINER_NOW's forms and broken content.
@Suite struct FirstStepsEndToEndTests {
    let folder = TemporaryDirectory()
    let trainer: TrainerProcess

    init() {
        ContentFixture.write(to: folder)
        trainer = TrainerProcess(content: folder.url.path, database: folder.path("trainer.sqlite"))
    }

    @Test func anEmptyDatabaseInScriptModeNamesInit() throws {
        let hint = "this database has no accounts yet: create the first lead with `trainer init --lead NAME`"
        let script = try trainer.run([], stdin: "whoami\ntoday\n")
        #expect(script.status == 1)
        #expect(script.stdout == "Not logged in.\n")
        #expect(script.stderr.hasPrefix("error: \(hint)"), "\(script.stderr)")
        let asSomeone = try trainer.run(["today", "--as", "lena"], env: ["TRAINER_PASSPHRASE": "x"])
        #expect(asSomeone.status == 1)
        #expect(asSomeone.stderr.hasPrefix("error: \(hint)"))
    }

    @Test func theNameRuleIsStatedExactly() throws {
        let refused = try trainer.run(["init", "--lead", "léa"], env: ["TRAINER_NEW_PASSPHRASE": "lea-passphrase"])
        #expect(refused.status == 1)
        #expect(refused.stderr == "error: `léa` is not a valid name: use 1–32 plain letters a–z or A–Z, digits, `.`, `_` or `-` (no accents, no spaces)\n")
    }

    @Test func trainerNowTakesALocalTimeADateOrATimeWithAZone() throws {
        try trainer.run(["init", "--lead", "lena"], env: ["TRAINER_NEW_PASSPHRASE": "lena-passphrase"])
        let lena = ["TRAINER_PASSPHRASE": "lena-passphrase", "TRAINER_NEW_PASSPHRASE": "tom-passphrase", "TZ": "Europe/Berlin"]
        for (now, start) in [("2026-11-23T09:00:00", "2026-11-23"), ("2026-11-24", "2026-11-24"), ("2026-11-25T23:30:00Z", "2026-11-26")] {
            let added = try trainer.run(["user", "add", "t\(start.suffix(2))", "--role", "trainee", "--as", "lena"], env: lena.merging(["TRAINER_NOW": now]) { $1 })
            #expect(added.status == 0, "\(now): \(added.stderr)")
            #expect(added.stdout.hasSuffix("starts \(start)).\n"), "\(now): \(added.stdout)")
        }
        let wrong = try trainer.run(["whoami"], env: ["TRAINER_NOW": "yesterday"])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("use 2026-11-23T09:00:00Z (with a zone), 2026-11-23T09:00:00 (local) or 2026-11-23"))
    }

    @Test func brokenContentRefusesToStartAndAYAMLErrorIsReportedOnce() throws {
        folder.write("QuestionBanks/fruit.yaml", "topic: fruit\ntitle: \"unclosed\nquestions: [\n")
        let check = try trainer.run(["check"])
        #expect(check.status == 1)
        #expect(check.stdout.components(separatedBy: "\n").filter { $0.contains("fruit") }.count == 1, "\(check.stdout)")
        #expect(!check.stdout.contains("has no bank"))
        let start = try trainer.run([], stdin: "whoami\n")
        #expect(start.status == 1)
        #expect(start.stderr.contains("trainer did not start: the content in \(folder.url.path) has problems (above). Fix them and start again; `trainer check` lists them again."))
    }
}

/// Issue 9, points 18 and 19 on the demo cohort.
@Suite struct FiguresEndToEndTests {
    let home = TemporaryDirectory()
    var trainer: TrainerProcess { DemoCohort.process(home: home) }

    @Test func aSkipCountsZeroInTheScoreWeakAndTheReviewQueue() throws {
        let tara = ["TRAINER_PASSPHRASE": "demo-passphrase"]
        let result = try trainer.demo(["--as", "tara"], stdin: "review\nquiz helpdesk --count 3\nskip\nskip\nskip\nsubmit\nreview\nweak --json\nhelp weak\n", env: tara)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Score 0%"))
        let json = try #require(result.stdout.range(of: "[\n").map { String(result.stdout[$0.lowerBound...]) })
        let rows = try #require(try JSONSerialization.jsonObject(with: Data((json.components(separatedBy: "\n]").first ?? "").appending("\n]").utf8)) as? [[String: Any]])
        let helpdesk = try #require(rows.first { $0["topic"] as? String == "helpdesk" })
        #expect(helpdesk["answered"] as? Int == 3)
        #expect(helpdesk["mastery"] as? Double == 0)
        #expect(result.stdout.contains("A question skipped in a submitted quiz or review counts as an answer with credit 0"))
        // The review queue was empty and now holds the three skipped questions.
        #expect(result.stdout.hasPrefix("Nothing to review: no missed questions waiting.\n"))
        #expect(result.stdout.contains("\nNothing is due for review today. Next: 3 on 2026-11-26.\n"))
    }

    @Test func aLeadSeesAMentorColumnAndHelpExplainsEveryColumn() throws {
        let table = try trainer.demo(["trainees"])
        #expect(table.stdout.hasPrefix("trainee  mentor  day"), "\(table.stdout)")
        let help = try trainer.demo(["help", "trainees"])
        for column in ["trainee:", "mentor (leads only):", "day:", "status:", "done:", "last activity:", "quiz avg:", "weakest:", "waiting:"] {
            #expect(help.stdout.contains(column), "\(column)")
        }
        let weak = try trainer.demo(["weak", "tom"])
        #expect(weak.stdout.range(of: #"^topic +answers  mastery  status\n"#, options: .regularExpression) != nil, "\(weak.stdout)")
    }
}
