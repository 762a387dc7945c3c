import Foundation
import Testing
import TrainerTestSupport

/// Who may tick what, one day's items with their keys, restarting a plan, and what `plan add` takes.
@Suite struct PlanTickingEndToEndTests {
    let folder = TemporaryDirectory()
    let trainer: TrainerProcess
    let lena = ["TRAINER_PASSPHRASE": "lena-passphrase"]
    let mark = ["TRAINER_PASSPHRASE": "mark-passphrase"]
    let tom = ["TRAINER_PASSPHRASE": "tom-passphrase"]

    init() throws {
        PlanFixture.write(to: folder)
        // Thursday's call practice is observed: only the mentor ticks it.
        folder.write("Curriculum/week/plan.yaml", PlanFixture.plan.replacingOccurrences(
            of: "      - task: Calls\n", with: "      - task: Calls\n        tick: mentor\n        id: observed-calls\n"))
        trainer = TrainerProcess(content: folder.url.path, database: folder.path("trainer.sqlite"), now: "2026-11-17T09:00:00Z")
        try trainer.run(["init", "--lead", "lena"], env: ["TRAINER_NEW_PASSPHRASE": "lena-passphrase"])
        try trainer.run(["user", "add", "mark", "--role", "mentor", "--as", "lena"], env: lena.merging(["TRAINER_NEW_PASSPHRASE": "mark-passphrase"]) { $1 })
        try trainer.run(["user", "add", "tom", "--role", "trainee", "--mentor", "mark", "--start", "2026-11-16", "--as", "lena"],
                        env: lena.merging(["TRAINER_NEW_PASSPHRASE": "tom-passphrase"]) { $1 })
    }

    @Test func aTraineeTicksOwnTasksUpToTodayAndTheMentorTheRest() throws {
        #expect(try trainer.run(["done", "2.1", "--as", "tom"], env: tom).stdout == "Ticked 2.1: Shadowing.\n")
        let ahead = try trainer.run(["done", "4.1", "--as", "tom"], env: tom)
        #expect(ahead.stderr == "error: 4.1 belongs to day 4, which you have not reached yet (today is day 2)\n")
        let observed = try trainer.run(["done", "observed-calls", "--as", "tom"], env: tom.merging(["TRAINER_NOW": "2026-11-19T09:00:00Z"]) { $1 })
        #expect(observed.stderr == "error: 4.2 is ticked by your mentor or a lead (they observe it)\n")
        #expect(try trainer.run(["done", "4.2", "--for", "tom", "--as", "mark"], env: mark).stdout == "Ticked 4.2: Calls.\n")
        let quiz = try trainer.run(["done", "1.3", "--as", "tom"], env: tom)
        #expect(quiz.stderr.contains("a quiz item is ticked by doing it"))
        let undone = try trainer.run(["done", "4.2", "--for", "tom", "--undo", "--why", "not observed after all", "--as", "mark"], env: mark)
        #expect(undone.stdout == "Took back the tick of 4.2: Calls.\n")
        #expect(try trainer.run(["plan", "tom", "--as", "mark"], env: mark).stdout.contains("took back the tick of observed-calls — mark: not observed after all"))
    }

    @Test func oneDayListsItsItemsWithKeysTimesAndState() throws {
        try trainer.run(["done", "2.1", "--as", "tom"], env: tom)
        let day = try trainer.run(["plan", "--day", "2", "--json", "--as", "tom"], env: tom)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(day.stdout.utf8)) as? [String: Any])
        #expect(json["date"] as? String == "2026-11-17")
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(items.map { $0["shortcut"] as? String } == ["2.1", "2.2"])
        #expect(items.map { $0["key"] as? String } == ["d2-task-shadowing", "d2-meeting-mentor"])
        #expect(items.map { $0["state"] as? String } == ["done", "open"])
        let text = try trainer.run(["plan", "tom", "--day", "4", "--as", "mark"], env: mark).stdout
        #expect(text.contains("tom · day 4 of 5 · 2026-11-19 · upcoming · Thursday"))
        #expect(text.contains("observed-calls"))
        #expect(try trainer.run(["plan", "--day", "9", "--as", "tom"], env: tom).stderr == "error: tom's plan has days 1–5, not 9\n")
    }

    @Test func restartingAPlanUnderWayNeedsForceInScriptsAndIsLogged() throws {
        try trainer.run(["done", "1.1", "--as", "tom"], env: tom)
        let refused = try trainer.run(["plan", "start", "tom", "2026-11-23", "--as", "mark"], env: mark)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("add --force to move its start"))
        let forced = try trainer.run(["plan", "start", "tom", "2026-11-23", "--force", "--why", "Restarting after leave", "--as", "mark"], env: mark)
        #expect(forced.stdout == "tom's plan starts on 2026-11-23.\n")
        #expect(try trainer.run(["plan", "tom", "--as", "mark"], env: mark).stdout.contains("plan starts on 2026-11-23 — mark: Restarting after leave"))
    }

    @Test func planAddTakesOnlyItemsTrainerCanTrack() throws {
        let unknown = try trainer.run(["plan", "add", "tom", "--day", "2", "shift:30", "--why", "x", "--as", "mark"], env: mark)
        #expect(unknown.stderr == "error: `shift:30` is not an item trainer can track: use quiz:TOPIC, lesson:ID, roleplay:SCENARIO, queue:MINUTES, exam:EXAM, meeting:mentor or task:TEXT\n")
        let queue = try trainer.run(["plan", "add", "tom", "--day", "2", "queue:soon", "--why", "x", "--as", "mark"], env: mark)
        #expect(queue.stderr == "error: a queue item is `queue:MINUTES` (a shift of that many simulated minutes), not `queue:soon`\n")
        let typo = try trainer.run(["plan", "add", "tom", "--day", "2", "quiz:alpah", "--why", "x", "--as", "mark"], env: mark)
        #expect(typo.stderr == "error: no topic `alpah`. Did you mean `quiz:alpha`?\n")
        let added = try trainer.run(["plan", "add", "tom", "--day", "2", "quiz:beta", "--why", "retake", "--as", "mark"], env: mark)
        #expect(added.status == 0)
        let day = try trainer.run(["plan", "tom", "--day", "2", "--json", "--as", "mark"], env: mark)
        #expect(day.stdout.contains("\"key\" : \"+1\""))
    }
}
