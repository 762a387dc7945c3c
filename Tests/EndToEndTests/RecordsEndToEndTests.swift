import Foundation
import Testing
import TrainerTestSupport

/// Records are what was served: content edits never rewrite history, plan ticks stay on their
/// items, keys stay sealed while an attempt is open, other people's text is shown inert.
@Suite struct RecordsEndToEndTests {
    let folder = TemporaryDirectory()
    let trainer: TrainerProcess
    let tom = ["TRAINER_PASSPHRASE": "tom-passphrase"]
    let lena = ["TRAINER_PASSPHRASE": "lena-passphrase"]

    init() throws {
        ContentFixture.write(to: folder)
        trainer = TrainerProcess(content: folder.url.path, database: folder.path("trainer.sqlite"))
        try trainer.run(["init", "--lead", "lena"], env: ["TRAINER_NEW_PASSPHRASE": "lena-passphrase"])
        try trainer.run(["user", "add", "tom", "--role", "trainee", "--track", "basic", "--start", "2026-11-23", "--as", "lena"],
                        env: lena.merging(["TRAINER_NEW_PASSPHRASE": "tom-passphrase"]) { $1 })
    }

    @Test func editingAndDeletingQuestionsNeverChangesAPastAttempt() throws {
        let quiz = try trainer.run(["quiz", "fruit", "--as", "tom"], stdin: "a\nc\nsubmit\n", env: tom)
        #expect(quiz.status == 0, "\(quiz.stderr)")
        let review = try trainer.run(["attempt", "1", "--as", "tom"], env: tom)
        let json = try trainer.run(["results", "--json", "--as", "tom"], env: tom)
        #expect(review.stdout.contains("Which of these are fruits?"))
        #expect(json.stdout.contains("\"score\" : 0.25"))

        // The key and wording of fruit-001 change; fruit-002 leaves the bank.
        let edited = ContentFixture.fruitBank
            .replacingOccurrences(of: "Which of these are fruits?", with: "Which of these grow on trees?")
            .replacingOccurrences(of: "      - text: Carrot\n", with: "      - text: Carrot\n        correct: true\n")
        let withoutSecond = edited.components(separatedBy: "  - id: fruit-002")[0]
            + "  - id: fruit-x001" + edited.components(separatedBy: "  - id: fruit-x001")[1]
        folder.write("QuestionBanks/fruit.yaml", withoutSecond)
        #expect(try trainer.run(["check", "--fresh"]).status == 0)

        #expect(try trainer.run(["attempt", "1", "--as", "tom"], env: tom).stdout == review.stdout)
        #expect(try trainer.run(["results", "--json", "--as", "tom"], env: tom).stdout == json.stdout)
        #expect(try trainer.run(["attempt", "1", "--as", "lena"], env: lena).stdout == review.stdout)

        // The review queue serves what still exists and says once what it dropped.
        let tomorrow = ["TRAINER_NOW": "2026-11-24T09:00:00Z"]
        let first = try trainer.run(["review", "--as", "tom"], stdin: "a\nsubmit\n", env: tom.merging(tomorrow) { $1 })
        #expect(first.stdout.contains("Dropped 1 question from your review queue: removed from the banks since (fruit-002)."))
        #expect(first.stdout.contains("Which of these grow on trees?"))
        let again = try trainer.run(["review", "--as", "tom"], env: tom.merging(tomorrow) { $1 })
        #expect(!again.stdout.contains("Dropped"))
    }

    @Test func whileAQuizIsOpenItsOwnerSeesNoScoreCreditOrKey() throws {
        // One answer, then the input ends: the quiz pauses, open.
        try trainer.run(["quiz", "fruit", "--as", "tom"], stdin: "a b\n", env: tom)
        let listed = try trainer.run(["results", "--json", "--as", "tom"], env: tom)
        let attempt = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]]).first
        #expect(attempt?["state"] as? String == "open")
        #expect(attempt?["sealed"] as? Bool == true)
        #expect(attempt?["score"] is NSNull)
        #expect(attempt?["passed"] is NSNull)
        #expect(!listed.stdout.contains("\"credit\"") && !listed.stdout.contains("\"correct\""))
        #expect(try trainer.run(["attempt", "1", "--as", "tom"], env: tom).stderr.contains("still open"))
        let weak = try trainer.run(["weak", "--json", "--as", "tom"], env: tom).stdout
        #expect((try JSONSerialization.jsonObject(with: Data(weak.utf8)) as? [Any])?.isEmpty == true)

        // Tom leaves it behind for a fresh one: his mentor's lead sees it abandoned, answers and all.
        try trainer.run(["quiz", "fruit", "--restart", "--as", "tom"], stdin: "", env: tom)
        let lead = try trainer.run(["results", "tom", "--json", "--as", "lena"], env: lena)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(lead.stdout.utf8)) as? [[String: Any]])
        let abandoned = try #require(rows.first { $0["id"] as? Int == 1 })
        #expect(abandoned["state"] as? String == "abandoned")
        let answers = try #require(abandoned["answers"] as? [[String: Any]])
        #expect(answers.first?["chosen"] as? [String] == ["1", "2"])
        #expect(answers.first?["credit"] as? Double == 1)
        #expect(try trainer.run(["show", "tom", "--as", "lena"], env: lena).stdout.contains("#1 fruit abandoned, 1 of 2 answered"))
    }

    @Test func ticksStayOnTheirItemsWhenThePlanIsEdited() throws {
        #expect(try trainer.run(["done", "1.1", "--as", "tom"], env: tom).stdout == "Ticked 1.1: Laptop and accounts.\n")
        folder.write("Curriculum/basic/plan.yaml", ContentFixture.plan.replacingOccurrences(
            of: "      - task: Laptop and accounts\n", with: "      - task: Badge photo\n      - task: Laptop and accounts\n"))
        let plan = try trainer.run(["plan", "--json", "--as", "tom"], env: tom)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any])
        let items = try #require(((json["days"] as? [[String: Any]])?.first?["items"]) as? [[String: Any]])
        #expect(items.map { $0["ref"] as? String } == ["Badge photo", "Laptop and accounts", "hello", "fruit"])
        #expect(items.map { $0["state"] as? String } == ["open", "done", "open", "open"])
        #expect(items[1]["key"] as? String == "d1-task-laptop-and-accounts")
        #expect(items[1]["shortcut"] as? String == "1.2")
        // The typing shortcut follows the new positions; an undo is logged.
        #expect(try trainer.run(["done", "1.2", "--undo", "--why", "not yet", "--as", "tom"], env: tom).stdout
            == "Took back the tick of 1.2: Laptop and accounts.\n")
        #expect(try trainer.run(["plan", "tom", "--as", "lena"], env: lena).stdout
            .contains("took back the tick of d1-task-laptop-and-accounts — tom: not yet"))
    }

    @Test func aPassTicksOnlyTheEarliestPlannedInstanceOfItsQuiz() throws {
        folder.write("Curriculum/basic/plan.yaml", ContentFixture.plan + """
                  - quiz: fruit
              - day: 3
                title: Third day
                items:
                  - quiz: fruit

            """)
        try trainer.run(["quiz", "fruit", "--as", "tom"], stdin: "a b\na\nsubmit\n", env: tom)
        let plan = try trainer.run(["plan", "--json", "--as", "tom"], env: tom)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any])
        let quizzes = (json["days"] as? [[String: Any]] ?? []).flatMap { ($0["items"] as? [[String: Any]]) ?? [] }
            .filter { $0["kind"] as? String == "quiz" }
        #expect(quizzes.map { $0["state"] as? String } == ["passed", "open", "open"])
    }

    @Test func otherPeoplesTextIsShownInert() throws {
        try trainer.run(["user", "add", "mark", "--role", "mentor", "--as", "lena"],
                        env: lena.merging(["TRAINER_NEW_PASSPHRASE": "mark-passphrase"]) { $1 })
        let hostile = "Fine \u{1B}]0;owned\u{07}then \u{1B}[2J cleared"
        #expect(try trainer.run(["meeting", "log", "tom", "--notes", hostile, "--as", "lena"], env: lena).status == 0)
        try trainer.run(["plan", "shift", "tom", "--days", "1", "--why", "sick \u{1B}[31m red", "--as", "lena"], env: lena)

        let plain = try trainer.run(["show", "tom", "--as", "lena"], env: lena)
        #expect(!plain.stdout.contains("\u{1B}"))
        #expect(plain.stdout.contains("Fine ^[]0;owned^Gthen ^[[2J cleared"))
        let coloured = try trainer.run(["show", "tom", "--as", "lena"], env: lena.merging(["NO_COLOR": "", "FORCE_COLOR": "1"]) { $1 })
        #expect(coloured.stdout.contains("\u{1B}[1m"))
        // Every escape that reaches the terminal is trainer's own SGR styling.
        let escapes = coloured.stdout.components(separatedBy: "\u{1B}").dropFirst()
        #expect(escapes.allSatisfy { $0.range(of: #"^\[[0-9;]*m"#, options: .regularExpression) != nil })
        let log = try trainer.run(["plan", "tom", "--as", "lena"], env: lena)
        #expect(log.stdout.contains("sick ^[[31m red") && !log.stdout.contains("\u{1B}"))
    }

    @Test func aSheetWithItsKeyIsWrittenOwnerOnly() throws {
        let out = folder.path("meeting-1.md")
        #expect(try trainer.run(["sheet", "tom", "--out", out, "--as", "lena"], env: lena).status == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("**Key:**"))
    }

    @Test func aDatabaseThatIsNotTrainersIsRefusedAndLeftUntouched() throws {
        let stranger = folder.path("notes.txt")
        folder.write("notes.txt", "not a database, just text\n")
        let before = try Data(contentsOf: URL(fileURLWithPath: stranger))
        let run = try trainer.run(["whoami"], env: ["TRAINER_DB": stranger])
        #expect(run.status == 1)
        #expect(run.stderr.contains("is not a trainer database"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: stranger)) == before)
        let check = try trainer.run(["db", "check"], env: ["TRAINER_DB": stranger])
        #expect(check.status == 1)
        #expect(check.stdout.contains("is damaged"))
    }

    @Test func dbCheckNeedsNoLoginAndReportsDamage() throws {
        let ok = try trainer.run(["db", "check"])
        #expect(ok.status == 0)
        #expect(ok.stdout.hasPrefix("Database OK ("))
        // Overwrite the middle of the file: the accounts' pages are garbage now.
        let path = folder.path("trainer.sqlite")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seek(toOffset: 4096)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 8192))
        try handle.close()
        let damaged = try trainer.run(["db", "check"])
        #expect(damaged.status == 1)
        #expect(damaged.stdout.contains("is damaged"))
    }
}
