import Foundation
import Testing
import TrainerTestSupport

/// Issue 15, point 6: guessing a passphrase gets slower with each failure, the person is told how
/// long to wait, and a success or a lead's `user passwd` ends it. Time comes from TRAINER_NOW.
@Suite struct LoginGuessingEndToEndTests {
    let folder = TemporaryDirectory()
    let trainer: TrainerProcess
    let lena = ["TRAINER_PASSPHRASE": "lena-passphrase"]

    init() throws {
        ContentFixture.write(to: folder)
        trainer = TrainerProcess(content: folder.url.path, database: folder.path("trainer.sqlite"))
        try trainer.run(["init", "--lead", "lena"], env: ["TRAINER_NEW_PASSPHRASE": "lena-passphrase"])
        try trainer.run(["user", "add", "tom", "--role", "trainee", "--as", "lena"],
                        env: lena.merging(["TRAINER_NEW_PASSPHRASE": "tom-passphrase"]) { $1 })
    }

    @discardableResult
    func whoami(_ passphrase: String, at time: String) throws -> TrainerProcess.Outcome {
        try trainer.run(["whoami", "--as", "tom"], env: ["TRAINER_PASSPHRASE": passphrase, "TRAINER_NOW": "2026-11-23T\(time)Z"])
    }

    @Test func eachGuessWaitsLongerUntilTheRightOneOrALeadsReset() throws {
        #expect(try whoami("guess-1", at: "10:00:00").stderr == "error: wrong passphrase for `tom`\n")
        #expect(try whoami("guess-2", at: "10:00:00").stderr == "error: wrong passphrase for `tom`: wait 1 s before trying again\n")
        #expect(try whoami("guess-3", at: "10:00:01").stderr == "error: wrong passphrase for `tom`: wait 2 s before trying again\n")
        #expect(try whoami("guess-4", at: "10:00:03").stderr == "error: wrong passphrase for `tom`: wait 4 s before trying again\n")
        // Too soon: not even the right passphrase is heard.
        let early = try whoami("tom-passphrase", at: "10:00:05")
        #expect(early.status == 1)
        #expect(early.stderr == "error: too many failed logins for `tom`: wait 2 s before trying again (a lead can reset it with `user passwd tom`)\n")
        // After the wait the right one works, and the count starts again.
        #expect(try whoami("tom-passphrase", at: "10:00:07").status == 0)
        #expect(try whoami("guess-5", at: "10:00:08").stderr == "error: wrong passphrase for `tom`\n")

        // In one REPL session the same rule holds for `login`.
        let repl = try trainer.run([], stdin: "login tom\nlogin tom\nwhoami\n",
                                   env: ["TRAINER_PASSPHRASE": "guess-6", "TRAINER_NOW": "2026-11-23T10:00:08Z"])
        #expect(repl.stderr.contains("wrong passphrase for `tom`: wait 1 s before trying again"))
        #expect(repl.stderr.contains("too many failed logins for `tom`: wait 1 s before trying again"))

        // Many more guesses reach the one-minute ceiling; a lead's reset ends the wait at once.
        for minute in 10..<20 { try whoami("guess", at: "10:\(minute):00") }
        #expect(try whoami("guess", at: "10:30:00").stderr.contains("wait 60 s before trying again"))
        let reset = try trainer.run(["user", "passwd", "tom", "--as", "lena"],
                                    env: lena.merging(["TRAINER_NEW_PASSPHRASE": "tom-new-passphrase", "TRAINER_NOW": "2026-11-23T10:30:01Z"]) { $1 })
        #expect(reset.status == 0, "\(reset.stderr)")
        #expect(try whoami("tom-new-passphrase", at: "10:30:01").stdout.hasPrefix("tom (trainee"))
    }
}
