import Foundation
import Testing
import TrainerTestSupport

/// Role-plays through the built binary in script mode: turns survive a killed process, the
/// mentor's grade reaches the trainee, a pass ticks the plan item.
@Suite struct RolePlayEndToEndTests {
    let folder = TemporaryDirectory()
    let trainer: TrainerProcess
    let tom = ["TRAINER_PASSPHRASE": "tom-passphrase"]
    let mark = ["TRAINER_PASSPHRASE": "mark-passphrase"]

    init() throws {
        ContentFixture.write(to: folder)
        ContentFixture.writeRolePlay(to: folder)
        // Day 2 gets a role-play item, so a pass has a plan item to tick.
        folder.write("Curriculum/basic/plan.yaml", ContentFixture.plan + "      - roleplay: locked-out\n        pass: 60\n")
        trainer = TrainerProcess(content: folder.url.path, database: folder.path("trainer.sqlite"))
        let lena = ["TRAINER_PASSPHRASE": "lena-passphrase"]
        try trainer.run(["init", "--lead", "lena"], env: ["TRAINER_NEW_PASSPHRASE": "lena-passphrase"])
        try trainer.run(["user", "add", "mark", "--role", "mentor", "--as", "lena"], env: lena.merging(["TRAINER_NEW_PASSPHRASE": "mark-passphrase"]) { $1 })
        try trainer.run(["user", "add", "tom", "--role", "trainee", "--track", "basic", "--start", "2026-11-23", "--mentor", "mark", "--as", "lena"],
                        env: lena.merging(["TRAINER_NEW_PASSPHRASE": "tom-passphrase"]) { $1 })
    }

    func json(_ arguments: [String], env: [String: String]) throws -> Any {
        let run = try trainer.run(arguments, env: env)
        #expect(run.status == 0, "\(run.stderr)")
        return try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
    }

    @Test func aKilledRolePlayResumesWithItsTranscript() throws {
        let seen = try trainer.killed(["roleplay", "locked-out", "--as", "tom"], stdin: ContentFixture.skilledTurns[0] + "\n", env: tom,
                                      after: "Ada: Yes?")
        #expect(seen.contains("Ada: Yes?"))

        let rest = ContentFixture.skilledTurns.dropFirst().joined(separator: "\n")
        let resumed = try trainer.run(["roleplay", "locked-out", "--as", "tom"], stdin: "y\n\(rest)\n", env: tom)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("You have an unfinished role-play of locked-out: 1 turn, started 2026-11-23 09:00."))
        #expect(resumed.stdout.contains("""
            Ada: I can't log in to the dashboard.
            you: Hello, this is Sam from support.  [greeting]
            Ada: Yes?
            """))
        #expect(resumed.stdout.contains("Score 92 · passed (pass mark 60) · outcome: resolved"))

        let shown = try #require(try json(["roleplay", "show", "1", "--json", "--as", "tom"], env: tom) as? [String: Any])
        let transcript = try #require(shown["transcript"] as? [[String: Any]])
        #expect(transcript.filter { $0["speaker"] as? String == "agent" }.compactMap { $0["text"] as? String } == ContentFixture.skilledTurns)
        let history = try #require(try json(["roleplay", "history", "--json", "--as", "tom"], env: tom) as? [[String: Any]])
        #expect(history.count == 1)
    }

    @Test func aMentorsGradeShowsInTheTraineesHistory() throws {
        let played = try trainer.run(["roleplay", "locked-out", "--as", "tom"], stdin: ContentFixture.skilledTurns.joined(separator: "\n") + "\n", env: tom)
        #expect(played.stdout.contains("Ticked d2-roleplay-locked-out in tom's plan."))
        let desk = try #require(try json(["trainees", "--json", "--as", "mark"], env: mark) as? [[String: Any]])
        #expect(desk.first?["waiting"] as? Int == 1)

        let graded = try trainer.run(["roleplay", "grade", "1", "--score", "85", "--comment", "Warm greeting; ask since when next time.", "--as", "mark"], env: mark)
        #expect(graded.stdout == "Graded role-play #1 of tom (locked-out): 85. They see it in `roleplay history`.\n")

        let history = try trainer.run(["roleplay", "history", "--as", "tom"], env: tom)
        #expect(history.stdout.contains("85 by mark"))
        #expect(history.stdout.contains("#1 mark: Warm greeting; ask since when next time."))
        let rows = try #require(try json(["roleplay", "history", "--json", "--as", "tom"], env: tom) as? [[String: Any]])
        #expect(Set(rows.first?.keys.map { $0 } ?? []) == ["id", "scenario", "score", "outcome", "at", "graded"])
        #expect(rows.first?["graded"] as? Bool == true)
        #expect(rows.first?["outcome"] as? String == "resolved")

        let shown = try #require(try json(["roleplay", "show", "1", "--json", "--as", "tom"], env: tom) as? [String: Any])
        #expect(Set(shown.keys) == ["id", "user", "scenario", "outcome", "score", "criteria", "transcript", "mentor"])
        let mentor = try #require(shown["mentor"] as? [String: Any])
        #expect(mentor["score"] as? Int == 85)
        #expect(mentor["comment"] as? String == "Warm greeting; ask since when next time.")
        let criteria = try #require(shown["criteria"] as? [[String: Any]])
        #expect(criteria.first.map { Set($0.keys) } == ["name", "met", "turn"])

        let after = try #require(try json(["trainees", "--json", "--as", "mark"], env: mark) as? [[String: Any]])
        #expect(after.first?["waiting"] as? Int == 0)
        let plan = try trainer.run(["plan", "--day", "2", "--json", "--as", "tom"], env: tom)
        #expect(plan.stdout.contains("\"state\" : \"done\""))
    }

    @Test func theMentorPlaysTheCustomerLive() throws {
        // The mentor takes the suggested opening, improvises once, and the trainee's turns are scored.
        let lines = ["", ContentFixture.skilledTurns[0], "Go on, I'm listening.", ContentFixture.skilledTurns[1], "",
                     ContentFixture.skilledTurns[2], "", ContentFixture.skilledTurns[3], ""]
        let live = try trainer.run(["roleplay", "live", "locked-out", "--with", "tom", "--as", "mark"],
                                   stdin: lines.joined(separator: "\n") + "\n", env: mark)
        #expect(live.status == 0, "\(live.stderr)")
        #expect(live.stdout.contains("Score 92 · passed"))
        let shown = try #require(try json(["roleplay", "show", "1", "--json", "--as", "tom"], env: tom) as? [String: Any])
        let transcript = try #require(shown["transcript"] as? [[String: Any]])
        #expect(transcript.map { $0["speaker"] as? String ?? "" } == ["customer", "agent", "customer", "agent", "customer", "agent", "customer", "agent", "customer"])
        #expect(transcript[2]["text"] as? String == "Go on, I'm listening.")
        #expect(transcript[1]["intents"] as? [String] == ["greeting"])
    }
}
