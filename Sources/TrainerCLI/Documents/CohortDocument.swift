import Foundation
import TrainerCore

/// The cohort report's view: every figure worded once for both templates, and the charts'
/// geometry (the templates only draw it).
struct CohortDocument {
    struct TraineeRow {
        var name, mentor, day, status, done, quizAverage, weak: String
    }

    struct TrendRow {
        var day, mean, quizzes: String
        /// A text bar for the Markdown copy, one block per 5%.
        var bar: String
    }

    struct TopicRow {
        var topic, mastery, weakFor, bar: String
        var isWeak: Bool
    }

    struct TrendChart {
        struct Grid { var y: Double; var left, right, labelX: Double; var label: String }
        struct Mark { var x, y, boxX, boxY, labelY, dayY: Double; var value, day: String }
        var width = 640.0, height = 220.0
        var grid: [Grid]
        var points: String
        var marks: [Mark]
    }

    struct TopicChart {
        struct Bar { var topic, value, pattern: String; var labelX, x, y, barWidth, barHeight, valueX, textY: Double }
        var width = 640.0, height: Double
        var bars: [Bar]
        var thresholdX, axisY, thresholdLabelY: Double
        var thresholdLabel: String
    }

    struct RolePlaySection {
        var finished, passed: Int
        var passRate, meanScore: String
        var awaitingGrade: Int
    }


    struct View {
        var title, subtitle: String
        var trainees: [TraineeRow]
        var hasTrainees: Bool
        var trend: TrendChart?
        var trendRows: [TrendRow]
        var topics: TopicChart?
        var topicRows: [TopicRow]
        var rolePlays: RolePlaySection?
        var queue: QueueSection?
    }

    let view: View

    init(title: String, subtitle: String, trainees: [TraineeSummary], trend: [CohortFigures.ScorePoint],
         topics: [CohortFigures.TopicFigure], rolePlays: CohortFigures.RolePlayFigures?, queue: QueueSection?) {
        let percent = ReviewView.percent
        view = View(
            title: title, subtitle: subtitle,
            trainees: trainees.map {
                TraineeRow(name: InertText.visible($0.name), mentor: $0.mentor ?? "–", day: "\($0.dayToday) of \($0.days)", status: $0.status,
                           done: percent($0.done), quizAverage: $0.quizAverage.map(percent) ?? "–",
                           weak: $0.weakTopics.isEmpty ? "–" : $0.weakTopics.joined(separator: ", "))
            },
            hasTrainees: !trainees.isEmpty,
            trend: Self.trendChart(trend),
            trendRows: trend.map { TrendRow(day: $0.day.description, mean: percent($0.mean), quizzes: "\($0.attempts) quiz\($0.attempts == 1 ? "" : "zes")", bar: Self.textBar($0.mean)) },
            topics: Self.topicChart(topics),
            topicRows: topics.map {
                TopicRow(topic: $0.topic, mastery: percent($0.mastery), weakFor: "\($0.weakFor) of \($0.trainees)", bar: Self.textBar($0.mastery),
                         isWeak: $0.weakFor > 0)
            },
            rolePlays: rolePlays.map {
                RolePlaySection(finished: $0.finished, passed: $0.passed, passRate: percent($0.passRate),
                                meanScore: String(format: "%.0f of 100", $0.meanScore), awaitingGrade: $0.awaitingGrade)
            },
            queue: queue)
    }

    func render(as format: DocumentTemplates.Format) throws -> String { try DocumentTemplates.render(view, "cohort", as: format) }

    static func textBar(_ fraction: Double) -> String {
        let blocks = Int((min(1, max(0, fraction)) * 20).rounded())
        return String(repeating: "#", count: blocks) + String(repeating: ".", count: 20 - blocks)
    }

    // MARK: - Charts

    /// The mean score per day as a line from 0% to 100%; with many days only every few are labelled.
    static func trendChart(_ points: [CohortFigures.ScorePoint]) -> TrendChart? {
        guard !points.isEmpty else { return nil }
        let (left, right, top, bottom) = (44.0, 620.0, 20.0, 190.0)
        func y(_ value: Double) -> Double { bottom - (bottom - top) * min(1, max(0, value)) }
        let step = points.count == 1 ? 0 : (right - left - 50) / Double(points.count - 1)
        let labelEvery = max(1, Int((Double(points.count) / 12).rounded(.up)))
        let marks = points.enumerated().map { index, point in
            let x = points.count == 1 ? (left + right) / 2 : left + 30 + step * Double(index)
            let shown = index % labelEvery == 0 || index == points.count - 1
            return TrendChart.Mark(x: x, y: y(point.mean), boxX: x - 3.5, boxY: y(point.mean) - 3.5, labelY: y(point.mean) - 8,
                                   dayY: 208, value: shown ? ReviewView.percent(point.mean) : "",
                                   day: shown ? String(point.day.description.dropFirst(5)) : "")
        }
        return TrendChart(
            grid: [0, 0.25, 0.5, 0.75, 1].map { TrendChart.Grid(y: y($0), left: left, right: right, labelX: left - 6, label: ReviewView.percent($0)) },
            points: marks.map { String(format: "%.1f,%.1f", $0.x, $0.y) }.joined(separator: " "), marks: marks)
    }

    /// One bar per topic, weakest first, with the weak threshold drawn as a dashed line.
    static func topicChart(_ topics: [CohortFigures.TopicFigure]) -> TopicChart? {
        guard !topics.isEmpty else { return nil }
        let (labelX, x, full, row, barHeight) = (170.0, 176.0, 400.0, 22.0, 14.0)
        let bars = topics.enumerated().map { index, topic in
            let top = 6 + Double(index) * row, width = full * min(1, max(0, topic.mastery))
            return TopicChart.Bar(topic: topic.topic, value: ReviewView.percent(topic.mastery) + (topic.weakFor > 0 ? " (weak for \(topic.weakFor))" : ""),
                                  pattern: topic.weakFor > 0 ? "cross" : "hatch", labelX: labelX, x: x, y: top, barWidth: width,
                                  barHeight: barHeight, valueX: x + width + 4, textY: top + 11)
        }
        let axisY = 6 + Double(topics.count) * row
        return TopicChart(height: axisY + 20, bars: bars, thresholdX: x + full * Mastery.weakBelow, axisY: axisY,
                          thresholdLabelY: axisY + 12, thresholdLabel: "weak below \(ReviewView.percent(Mastery.weakBelow))")
    }
}
