import Testing
import TrainerCore

@Suite struct PlanProgressTests {
    /// Five days of two tasks; day 2 has a meeting, day 3 a quiz.
    let plan = Plan(track: "t", title: "T", workingDays: [.mon, .tue, .wed, .thu, .fri], days: (1...5).map { day in
        PlanDay(day: day, title: "Day \(day)", items: [
            PlanItem(kind: .task, ref: "task \(day)"),
            day == 2 ? PlanItem(kind: .meeting, ref: "mentor") : day == 3 ? PlanItem(kind: .quiz, ref: "triage", pass: 0.8) : PlanItem(kind: .task, ref: "more \(day)"),
        ])
    })
    let monday = Day(year: 2026, month: 11, day: 16)

    func progress(on day: Day, changes: [PlanChange] = [], facts: PlanFacts = PlanFacts()) -> PlanProgress {
        PlanProgress.compute(plan: plan, start: monday, changes: changes, facts: facts, today: day)
    }

    @Test func daysFallOnWorkingDaysOnly() {
        let friday = PlanProgress.compute(plan: plan, start: Day(year: 2026, month: 11, day: 20), changes: [], facts: PlanFacts(), today: monday)
        #expect(friday.days.map(\.date.description) == ["2026-11-20", "2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26"])
        #expect(friday.dayToday == 0)
        #expect(friday.status == .notStarted)
    }

    /// The stable key of item `index` (1-based) of plan day `day`.
    func key(_ day: Int, _ index: Int) -> String { PlanItemKey.keys(for: plan.days[day - 1])[index - 1] }

    @Test func statusFollowsWhatWasExpectedByNow() {
        #expect(progress(on: monday).status == .onTrack)
        let thursday = monday.adding(days: 3)
        #expect(progress(on: thursday).status == .behind)
        #expect(progress(on: thursday).expected == 6)
        let allDone = PlanFacts(ticked: [key(1, 1), key(1, 2), key(2, 1), key(2, 2), key(3, 1), key(3, 2)])
        #expect(progress(on: thursday, facts: allDone).status == .onTrack)
        let aheadFacts = PlanFacts(ticked: [key(1, 1), key(1, 2)])
        #expect(progress(on: monday, facts: PlanFacts(ticked: [key(1, 1), key(1, 2), key(2, 1), key(4, 1), key(4, 2)])).status == .ahead)
        #expect(progress(on: monday.adding(days: 1), facts: aheadFacts).status == .onTrack)
    }

    @Test func aQuizWhoseLastTryFailedIsFailedNotDone() {
        let item = progress(on: monday, facts: PlanFacts(failedQuizTopics: ["triage"])).days[2].items[1]
        #expect(item.state == .failed)
        #expect(!item.isComplete)
        #expect(progress(on: monday, facts: PlanFacts(failedQuizTopics: ["triage"], ticked: [key(3, 2)])).days[2].items[1].state == .passed)
    }

    @Test func keysComeFromTheItemsNotTheirPositions() {
        #expect(key(1, 1) == "d1-task-task-1")
        #expect(key(2, 2) == "d2-meeting-mentor")
        #expect(key(3, 2) == "d3-quiz-triage")
        var edited = plan
        edited.days[2].items.insert(PlanItem(kind: .task, ref: "A new first task"), at: 0)
        edited.days[2].items.append(PlanItem(kind: .quiz, ref: "triage", id: "triage-again"))
        let keys = PlanItemKey.keys(for: edited.days[2])
        #expect(keys == ["d3-task-a-new-first-task", "d3-task-task-3", "d3-quiz-triage", "triage-again"])
        let twice = PlanDay(day: 9, title: "", items: [PlanItem(kind: .meeting, ref: "mentor"), PlanItem(kind: .meeting, ref: "mentor")])
        #expect(PlanItemKey.keys(for: twice) == ["d9-meeting-mentor", "d9-meeting-mentor-2"])
    }

    @Test func ticksStayOnTheirItemsWhenThePlanIsEdited() {
        let ticked = PlanFacts(ticked: [key(3, 1)])
        var edited = plan
        edited.days[2].items.insert(PlanItem(kind: .lesson, ref: "triage"), at: 0)
        let after = PlanProgress.compute(plan: edited, start: monday, changes: [], facts: ticked, today: monday)
        #expect(after.days[2].items.map(\.isComplete) == [false, true, false])
        #expect(after.days[2].items.map(\.shortcut) == ["3.1", "3.2", "3.3"])
        #expect(after.item(named: "3.2")?.key == key(3, 1))
        #expect(after.item(named: key(3, 1))?.shortcut == "3.2")
    }

    @Test func aPassTicksTheEarliestOpenInstanceOfItsQuiz() {
        var twice = plan
        twice.days[3].items.append(PlanItem(kind: .quiz, ref: "triage"))
        let before = PlanProgress.compute(plan: twice, start: monday, changes: [], facts: PlanFacts(), today: monday)
        let first = before.milestone(.quiz, "triage")
        #expect(first?.key == "d3-quiz-triage")
        let after = PlanProgress.compute(plan: twice, start: monday, changes: [], facts: PlanFacts(ticked: [first?.key ?? ""]), today: monday)
        #expect(after.milestone(.quiz, "triage")?.key == "d4-quiz-triage")
        #expect(after.days[3].items.last?.state == .open)
    }

    @Test func aTraineeTicksOnlyTheirOwnTasksOfDaysReached() {
        var observed = plan
        observed.days[0].items.append(PlanItem(kind: .task, ref: "Observed call", tickedBy: .mentor))
        let now = PlanProgress.compute(plan: observed, start: monday, changes: [], facts: PlanFacts(), today: monday.adding(days: 1))
        #expect(PlanTicking.refusalForTrainee(now.days[0].items[0], in: now) == nil)
        #expect(PlanTicking.refusalForTrainee(now.days[0].items[2], in: now)?.contains("mentor") == true)
        #expect(PlanTicking.refusalForTrainee(now.days[1].items[1], in: now)?.contains("ticked by doing it") == true)
        #expect(PlanTicking.refusalForTrainee(now.days[3].items[0], in: now)?.contains("not reached yet") == true)
    }

    @Test func shiftsAndPausesMoveTheRemainingPlan() {
        let thursday = monday.adding(days: 3)
        let shifted = progress(on: thursday, changes: [PlanChange(id: 1, kind: .shift, day: thursday, days: 3, why: "sick", by: "mark")])
        // Days 1-3 are behind; only days 4 and 5 move.
        #expect(shifted.days.map(\.date) == [monday, monday.adding(days: 1), monday.adding(days: 2), monday.adding(days: 8), monday.adding(days: 9)])
        #expect(shifted.dayToday == 4)

        let earlier = progress(on: monday, changes: [PlanChange(id: 1, kind: .shift, day: monday, days: 2, why: "late start", by: "mark")])
        #expect(earlier.dayToday == 0)
        #expect(earlier.status == .notStarted)

        let paused = progress(on: thursday, changes: [PlanChange(id: 1, kind: .pause, day: monday.adding(days: 1), why: "leave", by: "mark")])
        #expect(paused.status == .paused)
        let resumed = progress(on: thursday, changes: [
            PlanChange(id: 1, kind: .pause, day: monday.adding(days: 1), why: "leave", by: "mark"),
            PlanChange(id: 2, kind: .resume, day: thursday, why: "back", by: "mark"),
        ])
        // Paused Tuesday and Wednesday: day 2 is now Thursday, day 1 kept its Monday.
        #expect(resumed.dayToday == 2)
        #expect(resumed.days[0].date == monday)
        #expect(resumed.days[1].date == thursday)
    }

    @Test func addedItemsJoinTheirDay() {
        let added = PlanChange(id: 7, kind: .add, day: monday, planDay: 1, item: PlanItem(kind: .quiz, ref: "triage"), why: "retake", by: "mark")
        let day = progress(on: monday, changes: [added]).days[0]
        #expect(day.items.map(\.shortcut) == ["1.1", "1.2", "+7"])
        #expect(day.items.last?.key == "+7")
        #expect(day.items.last?.isAdded == true)
    }

    @Test func weeksFollowThePlansWorkingDays() {
        #expect(plan.week(ofDay: 5) == 1)
        #expect(plan.isLastDayOfWeek(5))
        let sixDays = Plan(track: "t", title: "T", workingDays: [.mon, .tue, .wed, .thu, .fri, .sat], days: plan.days)
        #expect(sixDays.week(ofDay: 6) == 1)
        #expect(sixDays.week(ofDay: 7) == 2)
    }
}

@Suite struct ReviewScheduleTests {
    @Test func intervalsExpandAndAMissStartsAgain() {
        let day = Day(year: 2026, month: 11, day: 23)
        var state = ReviewSchedule.afterMiss(on: day)
        #expect(state.due == day.adding(days: 1))
        var waits: [Int] = []
        var today = day
        while let next = ReviewSchedule.afterSuccess(state, on: today) {
            waits.append(ReviewSchedule.intervals[next.step])
            today = next.due
            state = next
        }
        #expect(waits == [3, 7, 14, 30])
        #expect(ReviewSchedule.afterMiss(on: today).step == 0)
    }
}

@Suite struct QuizDrawTests {
    let questions = (1...20).map { n in
        Question(id: "q\(n)", topic: "t", prompt: "\(n)?", pool: n > 15 ? .exam : .practice, options: [
            AnswerOption(id: "1", text: "a", isCorrect: true), AnswerOption(id: "2", text: "b", isCorrect: false),
            AnswerOption(id: "3", text: "c", isCorrect: false),
        ])
    }

    @Test func drawsPracticeItemsOnlyAndIsReproducibleFromItsSeed() {
        let a = QuizDraw.draw(from: questions, count: 50, shuffle: true, seed: 9)
        #expect(a.count == 15)
        #expect(a.allSatisfy { Int($0.questionID.dropFirst()) ?? 99 <= 15 })
        #expect(a == QuizDraw.draw(from: questions, count: 50, shuffle: true, seed: 9))
        #expect(a != QuizDraw.draw(from: questions, count: 50, shuffle: true, seed: 10))
    }

    @Test func withoutShuffleTheBankOrderStays() {
        let drawn = QuizDraw.draw(from: questions, count: 3, shuffle: false, seed: 1)
        #expect(drawn.first?.question == questions.first)
        #expect(drawn.map(\.questionID) == ["q1", "q2", "q3"])
        #expect(drawn.allSatisfy { $0.optionOrder == ["1", "2", "3"] })
    }
}

@Suite struct RolePlaySceneTests {
    @Test func theClosingQuizQuestionIsDropped() {
        #expect(MeetingSheet.scene(from: "A Business customer wants 5 years of recordings. The plan stores 3. Which steps are right?")
            == "A Business customer wants 5 years of recordings. The plan stores 3.")
        #expect(MeetingSheet.scene(from: "A customer writes: \"Why is my number gone?\" What do you do?")
            == "A customer writes: \"Why is my number gone?\"")
        #expect(MeetingSheet.scene(from: "A customer is angry about a refund.") == "A customer is angry about a refund.")
    }
}
