import Testing
import TrainerCore

/// The figures behind `report cohort`: what a lead reads off the charts.
@Suite struct CohortFiguresTests {
    let monday = Day(year: 2026, month: 11, day: 23), tuesday = Day(year: 2026, month: 11, day: 24)

    @Test func theTrendIsTheMeanScorePerDayOldestFirst() {
        let trend = CohortFigures.trend([(tuesday, 0.9), (monday, 0.5), (monday, 0.7)])
        #expect(trend.map(\.day) == [monday, tuesday])
        #expect(trend.map(\.attempts) == [2, 1])
        #expect(abs(trend[0].mean - 0.6) < 1e-9 && trend[1].mean == 0.9)
    }

    @Test func topicsAverageEachTraineesMasteryAndCountWhoIsWeak() {
        let tom = [TopicMastery(topic: "billing", answered: 5, mastery: 0.4, isWeak: true),
                   TopicMastery(topic: "product", answered: 5, mastery: 1, isWeak: false)]
        let ana = [TopicMastery(topic: "billing", answered: 5, mastery: 0.8, isWeak: false)]
        let topics = CohortFigures.topics([tom, ana])
        #expect(topics.map(\.topic) == ["billing", "product"], "weakest first")
        #expect(abs(topics[0].mastery - 0.6) < 1e-9 && topics[0].weakFor == 1 && topics[0].trainees == 2)
    }

    @Test func rolePlayFiguresAppearOnlyOnceOneIsFinished() {
        #expect(CohortFigures.rolePlays(scores: []) == nil)
        let figures = CohortFigures.rolePlays(scores: [(90, true, true), (40, false, false)])
        #expect(figures?.finished == 2 && figures?.passed == 1 && figures?.passRate == 0.5)
        #expect(figures?.meanScore == 65 && figures?.awaitingGrade == 1)
    }
}
