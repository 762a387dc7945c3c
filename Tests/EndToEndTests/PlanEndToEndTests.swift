import Foundation
import Testing
import TrainerTestSupport

/// Plans over real dates with TRAINER_NOW: day numbers, status, shifts, weekends, meeting sheets.
@Suite struct PlanEndToEndTests {
    let folder = TemporaryDirectory()
    let trainer: TrainerProcess
    let lena = ["TRAINER_PASSPHRASE": "lena-passphrase"]
    let mark = ["TRAINER_PASSPHRASE": "mark-passphrase"]
    let tom = ["TRAINER_PASSPHRASE": "tom-passphrase"]

    init() throws {
        PlanFixture.write(to: folder)
        trainer = TrainerProcess(content: folder.url.path, database: folder.path("trainer.sqlite"), now: "2026-11-16T09:00:00Z")
        try trainer.run(["init", "--lead", "lena"], env: ["TRAINER_NEW_PASSPHRASE": "lena-passphrase"])
        try trainer.run(["user", "add", "mark", "--role", "mentor", "--as", "lena"], env: lena.merging(["TRAINER_NEW_PASSPHRASE": "mark-passphrase"]) { $1 })
    }

    func addTom(start: String) throws {
        let added = try trainer.run(["user", "add", "tom", "--role", "trainee", "--mentor", "mark", "--start", start, "--as", "lena"],
                                    env: lena.merging(["TRAINER_NEW_PASSPHRASE": "tom-passphrase"]) { $1 })
        #expect(added.status == 0, "\(added.stderr)")
    }

    func plan(on now: String) throws -> [String: Any] {
        let shown = try trainer.run(["plan", "tom", "--json", "--as", "mark"], env: mark.merging(["TRAINER_NOW": now]) { $1 })
        #expect(shown.status == 0, "\(shown.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
    }

    @Test func dayOneIsOpenAndOnTrack() throws {
        try addTom(start: "2026-11-16")
        let json = try plan(on: "2026-11-16T09:00:00Z")
        #expect(json["day_today"] as? Int == 1)
        #expect(json["status"] as? String == "on track")
        #expect(Set(json.keys) == ["user", "track", "start", "day_today", "status", "days"])
        let days = try #require(json["days"] as? [[String: Any]])
        #expect(days.map { $0["date"] as? String } == ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"])
        let first = try #require(days.first?["items"] as? [[String: Any]])
        #expect(first.map { $0["state"] as? String } == ["open", "open", "open"])
        #expect(first.map { $0["kind"] as? String } == ["task", "lesson", "quiz"])

        let today = try trainer.run(["today", "--as", "tom"], env: tom)
        #expect(today.stdout.contains("tom · One working week · day 1 of 5 · on track"))
        #expect(today.stdout.contains("1.3   [ ] Quiz: Alpha basics, pass mark 80%  (`quiz alpha`)"))
    }

    @Test func threeWorkingDaysWithNothingDoneIsBehindAndAShiftMovesOnlyTheDaysAhead() throws {
        try addTom(start: "2026-11-16")
        let thursday = "2026-11-19T09:00:00Z"
        #expect(try plan(on: thursday)["status"] as? String == "behind")
        #expect(try plan(on: thursday)["day_today"] as? Int == 4)

        // The trainee may not move their own plan; their mentor may.
        let refused = try trainer.run(["plan", "shift", "tom", "--days", "3", "--why", "x", "--as", "tom"], env: tom.merging(["TRAINER_NOW": thursday]) { $1 })
        #expect(refused.stderr == "error: `plan shift` is for mentors and leads; you are tom (trainee)\n")
        let shifted = try trainer.run(["plan", "shift", "tom", "--days", "3", "--why", "Off sick Mon-Wed", "--as", "mark"],
                                      env: mark.merging(["TRAINER_NOW": thursday]) { $1 })
        // Past days keep their dates; days 4 and 5 move three working days, over the weekend.
        #expect(shifted.stdout == "Recorded. tom is on day 4 of 5, behind.\n")
        let dates = try #require(plan(on: thursday)["days"] as? [[String: Any]]).map { $0["date"] as? String }
        #expect(dates == ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-24", "2026-11-25"])
        let log = try trainer.run(["plan", "tom", "--as", "mark"], env: mark.merging(["TRAINER_NOW": thursday]) { $1 })
        #expect(log.stdout.contains("2026-11-19 shifted by 3 working days — mark: Off sick Mon-Wed"))
    }

    @Test func aWeekendDoesNotCount() throws {
        try addTom(start: "2026-11-20")  // a Friday
        let monday = try plan(on: "2026-11-23T09:00:00Z")
        #expect(monday["day_today"] as? Int == 2)
        let days = try #require(monday["days"] as? [[String: Any]])
        #expect(days.map { $0["date"] as? String } == ["2026-11-20", "2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26"])
        // Saturday: the next working day is shown, and nothing is late yet.
        let saturday = try plan(on: "2026-11-21T12:00:00Z")
        #expect(saturday["day_today"] as? Int == 2)
    }

    @Test func readingQuizzesAndMeetingsTickThePlan() throws {
        try addTom(start: "2026-11-16")
        let read = try trainer.run(["read", "intro", "--as", "tom"], env: tom)
        #expect(read.stdout.contains("INTRODUCTION"))
        #expect(read.stdout.contains("Welcome. Read this first."))
        #expect(read.stdout.contains("  • one"))
        #expect(try trainer.run(["done", "1.1", "--as", "tom"], env: tom).stdout == "Ticked 1.1: Laptop.\n")
        let notMine = try trainer.run(["done", "2.2", "--as", "tom"], env: tom)
        #expect(notMine.stderr.contains("a meeting item is ticked by doing it (or by your mentor)"))
        try trainer.run(["quiz", "alpha", "--count", "1", "--as", "tom"], stdin: "a\nsubmit\n", env: tom)
        try trainer.run(["meeting", "log", "tom", "--notes", "Good start", "--as", "mark"], env: mark)
        let days = try #require(try plan(on: "2026-11-16T10:00:00Z")["days"] as? [[String: Any]])
        #expect((days[0]["items"] as? [[String: Any]])?.map { $0["state"] as? String } == ["done", "done", "passed"])
        #expect((days[1]["items"] as? [[String: Any]])?.map { $0["state"] as? String } == ["open", "done"])
    }

    @Test func theSheetAsksMostlyAboutAFailedTopicAndTheTraineeCopyHasNoKey() throws {
        try addTom(start: "2026-11-16")
        let wednesdayEvening = ["TRAINER_NOW": "2026-11-18T17:00:00Z"]
        // Alpha: all right. Beta: all wrong (quiz failed).
        try trainer.run(["quiz", "alpha", "--as", "tom"], stdin: String(repeating: "a\n", count: 10) + "submit\n", env: tom.merging(wednesdayEvening) { $1 })
        try trainer.run(["quiz", "beta", "--as", "tom"], stdin: String(repeating: "b\n", count: 10) + "submit\n", env: tom.merging(wednesdayEvening) { $1 })

        let sheet = try trainer.run(["sheet", "tom", "--as", "mark"], env: mark.merging(wednesdayEvening) { $1 })
        #expect(sheet.status == 0, "\(sheet.stderr)")
        let questions = sheet.stdout.components(separatedBy: "\n").filter { $0.range(of: #"^\d+\. "#, options: .regularExpression) != nil }
        #expect((8...12).contains(questions.count))
        let beta = questions.filter { $0.contains("Beta question") }.count
        #expect(beta * 3 >= questions.count * 2, "mostly the failed topic: \(beta) of \(questions.count)")
        #expect(sheet.stdout.contains("**Key:** A"))
        #expect(sheet.stdout.contains("## Role-play: the mentor plays the customer"))
        #expect(sheet.stdout.contains("## Open mistakes to talk through"))

        // Deterministic for a given date.
        let again = try trainer.run(["sheet", "tom", "--as", "mark"], env: mark.merging(wednesdayEvening) { $1 })
        #expect(again.stdout == sheet.stdout)

        for copy in [try trainer.run(["sheet", "--as", "tom"], env: tom.merging(wednesdayEvening) { $1 }),
                     try trainer.run(["sheet", "tom", "--trainee-copy", "--as", "mark"], env: mark.merging(wednesdayEvening) { $1 })] {
            #expect(copy.status == 0)
            #expect(copy.stdout.contains("## Questions"))
            #expect(!copy.stdout.contains("Key"))
            #expect(!copy.stdout.contains("Because the first option"))
            #expect(!copy.stdout.contains("Listen for"))
        }
    }

    @Test func theMentorSeesTheWeeklySelfReviewBesideTheWeeksFigures() throws {
        try addTom(start: "2026-11-16")
        let friday = ["TRAINER_NOW": "2026-11-20T16:00:00Z"]
        let saved = try trainer.run(["self-review", "--as", "tom"], stdin: "Numbers not swapping\nMonday mornings\nMost questions came by chat\n", env: tom.merging(friday) { $1 })
        #expect(saved.stdout.contains("Saved your self-review for week 1"))
        let shown = try trainer.run(["show", "tom", "--as", "mark"], env: mark.merging(friday) { $1 })
        #expect(shown.stdout.contains("Week 1 · 0 of 11 items done that week"))
        #expect(shown.stdout.contains("Most frequent problem: Numbers not swapping"))
        let desk = try trainer.run(["trainees", "--json", "--as", "mark"], env: mark.merging(friday) { $1 })
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(desk.stdout.utf8)) as? [[String: Any]])
        #expect(rows.first?["name"] as? String == "tom")
        #expect(rows.first?["status"] as? String == "behind")
        #expect((rows.first?["waiting"] as? Int ?? 0) >= 1)
    }
}
