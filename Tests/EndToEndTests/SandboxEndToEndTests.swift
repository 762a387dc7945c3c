import Foundation
import Testing
import TrainerTestSupport

/// Sandbox shifts through the built binary in script mode, on the fixture tickets
/// (Tests/TrainerContentTests/Fixtures/sandbox): a clean report, an ignored P1, a bounced
/// escalation, supervised drafts, the same seed twice, and a shift that survives kill -9.
@Suite struct SandboxEndToEndTests {
    let folder = TemporaryDirectory()
    let trainer: TrainerProcess
    let tom = ["TRAINER_PASSPHRASE": "tom-passphrase"]
    let tara = ["TRAINER_PASSPHRASE": "tara-passphrase"]
    let mark = ["TRAINER_PASSPHRASE": "mark-passphrase"]

    init() throws {
        ContentFixture.write(to: folder)
        // Day 1 gets a 20-minute shift, so a finished shift has a plan item to tick.
        folder.write("Curriculum/basic/plan.yaml", ContentFixture.plan.replacingOccurrences(
            of: "      - lesson: hello\n", with: "      - lesson: hello\n      - queue: 20\n        id: first-shift\n"))
        trainer = TrainerProcess(content: folder.url.path, database: folder.path("trainer.sqlite"))
        let lena = ["TRAINER_PASSPHRASE": "lena-passphrase"]
        try trainer.run(["init", "--lead", "lena"], env: ["TRAINER_NEW_PASSPHRASE": "lena-passphrase"])
        try trainer.run(["user", "add", "mark", "--role", "mentor", "--as", "lena"], env: lena.merging(["TRAINER_NEW_PASSPHRASE": "mark-passphrase"]) { $1 })
        for name in ["tom", "tara"] {
            try trainer.run(["user", "add", name, "--role", "trainee", "--track", "basic", "--start", "2026-11-23", "--mentor", "mark", "--as", "lena"],
                            env: lena.merging(["TRAINER_NEW_PASSPHRASE": "\(name)-passphrase"]) { $1 })
        }
    }

    /// Runs lines at the prompt as `who`; every line must succeed.
    @discardableResult
    func script(_ lines: [String], as who: String, env: [String: String]) throws -> String {
        let run = try trainer.run(["--as", who], stdin: lines.joined(separator: "\n") + "\n", env: env)
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout
    }

    func json(_ arguments: [String], env: [String: String]) throws -> [String: Any] {
        let run = try trainer.run(arguments, env: env)
        #expect(run.status == 0, "\(run.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    /// The queue's ticket ids by subject.
    func ids(as who: String, env: [String: String]) throws -> [String: String] {
        let tickets = try #require(try json(["queue", "--json", "--as", who], env: env)["tickets"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: tickets.compactMap { t in (t["subject"] as? String).map { ($0, t["id"] as? String ?? "") } })
    }

    @Test func aTraineeWhoTriagesRightAndAnswersInTimeGetsACleanReport() throws {
        ContentFixture.writeSandbox(to: folder, tickets: ["add-user", "dark-mode"])
        try script(["queue start --minutes 20 --seed 3", "queue wait 13"], as: "tom", env: tom)
        let ids = try ids(as: "tom", env: tom)
        let user = try #require(ids["Adding a second user"]), wish = try #require(ids["Dark mode please"])
        let out = try script([
            "queue open \(user)", "queue tag \(user) how-to", "queue priority \(user) P3", "queue reply \(user) --saved howto-answer",
            "queue close \(user)",
            "queue tag \(wish) feature-request", "queue priority \(wish) p4", "queue reply \(wish) --saved feature-logged", "queue close \(wish)",
            "queue end",
        ], as: "tom", env: tom)
        #expect(out.contains("closed. Ben Ortiz: Found it, thanks."), "\(out)")
        #expect(out.contains("Clean shift: no misses."))
        #expect(out.contains("Ticked first-shift in tom's plan."))
        let report = try json(["queue", "report", "--json", "--as", "tom"], env: tom)
        #expect(report["misses"] as? [Any] != nil && (report["misses"] as? [Any])?.isEmpty == true)
        #expect(report["sla_met_share"] as? Double == 1)
        #expect(report["triage_accuracy"] as? Double == 1)
        #expect(report["fcr_share"] as? Double == 1)
        #expect(report["closed"] as? Int == 2)
        #expect(report["csat"] as? Double == 1)
        #expect(report["tickets"] as? Int == 2)
        // The mentor reads the same report; another trainee may not.
        #expect(try trainer.run(["queue", "report", "tom", "--as", "mark"], env: mark).stdout.contains("Clean shift: no misses."))
        #expect(try trainer.run(["queue", "report", "tom", "--as", "tara"], env: tara).stderr.contains("you may see only your own records"))
    }

    @Test func anIgnoredP1TicketShowsAnSLABreach() throws {
        ContentFixture.writeSandbox(to: folder, tickets: ["outage-calls"])
        let out = try script(["queue start --minutes 20 --seed 1", "queue wait 20", "queue end"], as: "tom", env: tom)
        #expect(out.contains("[Mon 09:15] T1 Marta Nowak: Hello?? We are losing patients here."))
        let report = try json(["queue", "report", "--json", "--as", "tom"], env: tom)
        let misses = try #require(report["misses"] as? [[String: String]])
        #expect(misses.contains(["ticket": "T1", "what": "no first response (target 15 min)"]))
        #expect((report["sla_met_share"] as? Double ?? 1) < 1)
    }

    @Test func anEscalationWithoutTheRequiredFactsIsBounced() throws {
        ContentFixture.writeSandbox(to: folder, tickets: ["outage-calls"])
        try script(["queue start --minutes 20 --seed 1"], as: "tom", env: tom)
        let bounced = try trainer.run(["queue", "escalate", "T1", "--team", "engineering", "--as", "tom"], env: tom)
        #expect(bounced.stdout.contains("T1: escalation bounced: engineering needs numbers before they can start: ask the customer first."))
        let out = try script(["queue ask T1", "queue wait 10", "queue escalate T1 --team engineering"], as: "tom", env: tom)
        #expect(out.contains("T1 Marta Nowak: It's the three ad pool numbers, since about ten."))
        #expect(out.contains("T1 escalated to engineering; they answer in about 30 minutes."))
    }

    @Test func aSupervisedDraftReachesTheCustomerOnlyAfterApproval() throws {
        ContentFixture.writeSandbox(to: folder, tickets: ["add-user"])
        #expect(try trainer.run(["queue", "supervise", "tom", "on", "--as", "mark"], env: mark).status == 0)
        let started = try script(["queue start --minutes 20 --seed 2", "queue reply T1 --saved howto-answer"], as: "tom", env: tom)
        #expect(started.contains("supervised: your messages go to your mentor as drafts"))
        #expect(started.contains("Draft 1 for T1 waits for your mentor (supervised shift); the customer has not received it yet."))
        #expect(!(try trainer.run(["queue", "open", "T1", "--as", "tom"], env: tom).stdout.contains("you: Hello Ben Ortiz")))

        let drafts = try trainer.run(["drafts", "tom", "--as", "mark"], env: mark).stdout
        #expect(drafts.contains("Draft 1 · tom · T1 · Adding a second user"))
        #expect(drafts.contains("draft: Hello Ben Ortiz, thanks for asking."))
        let desk = try #require(try JSONSerialization.jsonObject(with: Data(try trainer.run(["trainees", "--json", "--as", "mark"], env: mark).stdout.utf8)) as? [[String: Any]])
        #expect(desk.first { $0["name"] as? String == "tom" }?["waiting"] as? Int == 1)

        try script(["queue wait 5"], as: "tom", env: tom)
        #expect(try trainer.run(["approve", "1", "--as", "mark"], env: mark).stdout
            == "Approved draft 1 of tom: T1's customer receives it at the shift's clock.\n")
        let opened = try trainer.run(["queue", "open", "T1", "--as", "tom"], env: tom).stdout
        #expect(opened.contains("] you: Hello Ben Ortiz, thanks for asking."), "\(opened)")

        try script(["queue reply T1 \"Sorted, bye\""], as: "tom", env: tom)
        #expect(try trainer.run(["return", "2", "--comment", "Give a time frame and end with a question.", "--as", "mark"], env: mark).status == 0)
        let returned = try trainer.run(["queue", "open", "T1", "--as", "tom"], env: tom).stdout
        #expect(returned.contains("mentor: Draft 2 returned: Give a time frame and end with a question."))
        #expect(!returned.contains("you: Sorted, bye"))
        #expect(try trainer.run(["approve", "2", "--as", "mark"], env: mark).stderr.contains("draft 2 was already returned"))
    }

    @Test func theSameSeedGivesTheSameShiftToTwoTrainees() throws {
        ContentFixture.writeSandbox(to: folder)
        try script(["queue start --minutes 40 --seed 99", "queue wait 30"], as: "tom", env: tom)
        try script(["queue start --minutes 40 --seed 99", "queue wait 30"], as: "tara", env: tara)
        let a = try trainer.run(["queue", "--json", "--as", "tom"], env: tom).stdout
        let b = try trainer.run(["queue", "--json", "--as", "tara"], env: tara).stdout
        #expect(a == b)
        #expect(a.contains("\"clock\" : 30"))
        let other = try trainer.run(["queue", "start", "--seed", "98", "--as", "tom"], env: tom)
        #expect(other.stderr.contains("you have a shift running"))
    }

    @Test func aKilledShiftResumesAtTheSameSimulatedTime() throws {
        ContentFixture.writeSandbox(to: folder)
        try script(["queue start --minutes 40 --seed 5"], as: "tom", env: tom)
        let seen = try trainer.killed(["--as", "tom"], stdin: "queue tag T1 bug\nqueue priority T1 P1\nqueue wait 5\n", env: tom,
                                      after: "Waited 5 min.")
        #expect(seen.contains("Waited 5 min."))

        let queue = try json(["queue", "--json", "--as", "tom"], env: tom)
        #expect(queue["clock"] as? Int == 7)
        let tickets = try #require(queue["tickets"] as? [[String: Any]])
        #expect(tickets.first?["id"] as? String == "T1")
        #expect(tickets.first?["priority_set"] as? String == "P1")
        let opened = try trainer.run(["queue", "open", "T1", "--as", "tom"], env: tom).stdout
        #expect(opened.contains("Segment bug · priority P1"))
        #expect(opened.contains("Clock Mon 09:08"))
    }
}
