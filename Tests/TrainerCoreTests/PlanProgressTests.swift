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

    @Test func statusFollowsWhatWasExpectedByNow() {
        #expect(progress(on: monday).status == .onTrack)
        let thursday = monday.adding(days: 3)
        #expect(progress(on: thursday).status == .behind)
        #expect(progress(on: thursday).expected == 6)
        let allDone = PlanFacts(bestQuizScores: ["triage": 0.9], meetingsLogged: 1, ticked: ["1.1", "1.2", "2.1", "3.1"])
        #expect(progress(on: thursday, facts: allDone).status == .onTrack)
        let aheadFacts = PlanFacts(ticked: ["1.1", "1.2"])
        #expect(progress(on: monday, facts: PlanFacts(ticked: ["1.1", "1.2", "2.1", "4.1", "4.2"])).status == .ahead)
        #expect(progress(on: monday.adding(days: 1), facts: aheadFacts).status == .onTrack)
    }

    @Test func aQuizBelowItsPassMarkIsFailedNotDone() {
        let facts = PlanFacts(bestQuizScores: ["triage": 0.7])
        let item = progress(on: monday, facts: facts).days[2].items[1]
        #expect(item.state == .failed)
        #expect(!item.isComplete)
    }

    @Test func shiftsAndPausesMoveTheRemainingPlan() {
        let thursday = monday.adding(days: 3)
        let shifted = progress(on: thursday, changes: [PlanChange(id: 1, kind: .shift, day: thursday, days: 3, why: "sick", by: "mark")])
        #expect(shifted.dayToday == 1)
        #expect(shifted.status == .onTrack)

        let paused = progress(on: thursday, changes: [PlanChange(id: 1, kind: .pause, day: monday.adding(days: 1), why: "leave", by: "mark")])
        #expect(paused.status == .paused)
        let resumed = progress(on: thursday, changes: [
            PlanChange(id: 1, kind: .pause, day: monday.adding(days: 1), why: "leave", by: "mark"),
            PlanChange(id: 2, kind: .resume, day: thursday, why: "back", by: "mark"),
        ])
        // Paused Tuesday and Wednesday: day 2 is now Thursday.
        #expect(resumed.dayToday == 2)
        #expect(resumed.days[1].date == thursday)
    }

    @Test func addedItemsJoinTheirDay() {
        let added = PlanChange(id: 7, kind: .add, day: monday, planDay: 1, item: PlanItem(kind: .quiz, ref: "triage"), why: "retake", by: "mark")
        let day = progress(on: monday, changes: [added]).days[0]
        #expect(day.items.map(\.key) == ["1.1", "1.2", "+7"])
        #expect(day.items.last?.isAdded == true)
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
