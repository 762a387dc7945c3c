import Foundation
import Testing
import TrainerTestSupport

/// The built binary, driven as a lead would from a shell.
@Suite struct AccountsEndToEndTests {
    let folder = TemporaryDirectory()
    let trainer: TrainerProcess

    init() {
        ContentFixture.write(to: folder)
        trainer = TrainerProcess(content: folder.url.path, database: folder.path("db/trainer.sqlite"))
    }

    func initLead() throws {
        let created = try trainer.run(["init", "--lead", "lena"], env: ["TRAINER_NEW_PASSPHRASE": "lena-passphrase"])
        #expect(created.status == 0, "\(created.stderr)")
    }

    @Test func initThenAddAndListAccounts() throws {
        try initLead()
        let lead = ["TRAINER_PASSPHRASE": "lena-passphrase", "TRAINER_NEW_PASSPHRASE": "tom-passphrase"]
        let added = try trainer.run(["user", "add", "tom", "--role", "trainee", "--as", "lena"], env: lead)
        #expect(added.stdout == "Added tom (trainee, track basic, starts 2026-11-23).\n")
        let listed = try trainer.run(["user", "list", "--json", "--as", "lena"], env: lead)
        #expect(listed.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]]
        #expect(json?.map { $0["name"] as? String } == ["lena", "tom"])
        #expect(json?.last?["track"] as? String == "basic")

        let again = try trainer.run(["init", "--lead", "eve"], env: ["TRAINER_NEW_PASSPHRASE": "eve-passphrase"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("this database already has accounts"))

        let mode = try FileManager.default.attributesOfItem(atPath: folder.path("db/trainer.sqlite"))[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
    }

    @Test func aWrongPassphraseChangesNothing() throws {
        try initLead()
        let result = try trainer.run(["user", "add", "eve", "--role", "lead", "--as", "lena"],
                                     env: ["TRAINER_PASSPHRASE": "guess", "TRAINER_NEW_PASSPHRASE": "eve-passphrase"])
        #expect(result.status == 1)
        #expect(result.stderr == "error: wrong passphrase for `lena`\n")
        let unknown = try trainer.run(["whoami", "--as", "nobody"], env: ["TRAINER_PASSPHRASE": "x"])
        #expect(unknown.stderr == "error: no account named `nobody`\n")
        let listed = try trainer.run(["user", "list", "--as", "lena"], env: ["TRAINER_PASSPHRASE": "lena-passphrase"])
        #expect(!listed.stdout.contains("eve"))
    }

    @Test func aTraineeCannotRunALeadCommand() throws {
        try initLead()
        try trainer.run(["user", "add", "tom", "--role", "trainee", "--as", "lena"],
                        env: ["TRAINER_PASSPHRASE": "lena-passphrase", "TRAINER_NEW_PASSPHRASE": "tom-passphrase"])
        let refused = try trainer.run(["user", "remove", "lena", "--as", "tom"], env: ["TRAINER_PASSPHRASE": "tom-passphrase"])
        #expect(refused.status == 1)
        #expect(refused.stderr == "error: `user remove` is for leads; you are tom (trainee)\n")
    }

    @Test func scriptModeRunsEveryLineAndFailsIfAnyFailed() throws {
        try initLead()
        let script = "whoami\nuser add tom --role boss\nuser list\n"
        let result = try trainer.run(["--as", "lena"], stdin: script, env: ["TRAINER_PASSPHRASE": "lena-passphrase"])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("lena (lead)\n"))
        #expect(result.stdout.contains("lena  lead"))
        #expect(result.stderr.contains("The value 'boss' is invalid for '--role <role>'"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour when not a terminal")

        let clean = try trainer.run(["--as", "lena"], stdin: "whoami\n", env: ["TRAINER_PASSPHRASE": "lena-passphrase"])
        #expect(clean.status == 0)
    }

    @Test func checkReportsEveryProblemInBrokenContent() throws {
        folder.write("QuestionBanks/fruit.yaml", ContentFixture.fruitBank.replacingOccurrences(of: "correct: true\n        feedback: Grows", with: "corect: true\n        feedback: Grows"))
        folder.write("Curriculum/basic/lessons/hello.md", "no title\n")
        let result = try trainer.run(["check"])
        #expect(result.status == 1)
        #expect(result.stdout == """
            Curriculum/basic/lessons/hello.md:1:1: a lesson starts with a `# Title` line
            Curriculum/basic/plan.yaml:11:9: day 1: lesson `hello` not found in Curriculum/basic/lessons/
            QuestionBanks/fruit.yaml:9:9: unknown field `corect` in an option (did you mean `correct`?)
            3 problems in the content.

            """)
        // Every other command refuses to run on broken content, with the same report.
        let refused = try trainer.run(["init", "--lead", "lena"], env: ["TRAINER_NEW_PASSPHRASE": "lena-passphrase"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("QuestionBanks/fruit.yaml:9:9: unknown field `corect`"))
        let repl = try trainer.run([], stdin: "whoami\n")
        #expect(repl.status == 1)
        #expect(repl.stderr.contains("3 problems in the content."))
    }

    @Test func dbCheckAndBackup() throws {
        try initLead()
        let lead = ["TRAINER_PASSPHRASE": "lena-passphrase"]
        let checked = try trainer.run(["db", "check", "--as", "lena"], env: lead)
        #expect(checked.stdout.hasPrefix("Database OK"))
        let backup = try trainer.run(["db", "backup", folder.path("copy.sqlite"), "--as", "lena"], env: lead)
        #expect(backup.status == 0)
        let fromCopy = try trainer.run(["whoami", "--db", folder.path("copy.sqlite"), "--as", "lena"], env: lead)
        #expect(fromCopy.stdout == "lena (lead)\n")
    }

    @Test func demoOpensAThrowawayCohort() throws {
        let result = try trainer.run(["--demo", "user", "list"])
        #expect(result.status == 0)
        for name in ["lena", "mark", "tom", "tara"] { #expect(result.stdout.contains(name)) }
        #expect(!FileManager.default.fileExists(atPath: folder.path("db/trainer.sqlite")))
    }
}
