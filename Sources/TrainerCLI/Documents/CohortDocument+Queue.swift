import TrainerCore

/// The cohort report's sandbox queue section: per trainee the shifts worked and the figures a
/// support lead reads, and SLA met per trainee as hatched bars with their value written beside.
extension CohortDocument {
    struct QueueSection {
        struct Row {
            var name, shifts, tickets, slaMet, firstResponse, resolution, triage, fcr, leftOpen, csat, draftsReturned: String
            /// A text bar of SLA met for the Markdown copy.
            var bar: String
        }

        struct Chart {
            struct Bar { var name, value: String; var labelX, x, y, width, height, valueX, textY: Double }
            struct Tick { var x: Double; var label: String }
            var width = 640.0, height: Double
            var bars: [Bar]
            var ticks: [Tick]
            var axisY, tickLabelY: Double
        }

        var summary: String
        var rows: [Row]
        /// One picture per `barsPerChart` trainees, so that none is taller than a printed page.
        var charts: [Chart]
    }

    static let barsPerChart = 30

    /// The section for the trainees (in report order) who finished a shift; nil when none did.
    static func queueSection(_ records: [(name: String, record: QueueRecord)]) -> QueueSection? {
        let worked = records.filter { $0.record.shifts > 0 }
        guard !worked.isEmpty else { return nil }
        let percent = ReviewView.percent
        let shifts = worked.reduce(0) { $0 + $1.record.shifts }, tickets = worked.reduce(0) { $0 + $1.record.figures.tickets }
        let leftOpen = worked.reduce(0) { $0 + $1.record.leftOpen }
        let rows = worked.map { name, record in
            let k = record.figures
            return QueueSection.Row(
                name: InertText.visible(name), shifts: "\(record.shifts)", tickets: "\(k.tickets)", slaMet: percent(k.slaMetShare),
                firstResponse: k.firstResponseMedian.map { "\(QueueView.number($0)) min" } ?? "–",
                resolution: record.resolutionMetShare.map(percent) ?? "–", triage: percent(k.triageAccuracy),
                fcr: k.closed == 0 ? "–" : percent(k.fcrShare), leftOpen: "\(record.leftOpen)", csat: k.csat.map(percent) ?? "–",
                draftsReturned: record.drafts == 0 ? "–" : "\(record.draftsReturned) of \(record.drafts)", bar: textBar(k.slaMetShare))
        }
        return QueueSection(
            summary: "\(shifts) finished shift\(shifts == 1 ? "" : "s") by \(worked.count) trainee\(worked.count == 1 ? "" : "s"): "
                + "\(tickets) ticket\(tickets == 1 ? "" : "s"), \(leftOpen) left open at the end of their shift.",
            rows: rows, charts: stride(from: 0, to: worked.count, by: barsPerChart).map {
                slaChart(Array(worked[$0..<min(worked.count, $0 + barsPerChart)]))
            })
    }

    /// One bar per trainee from 0% to 100% of tickets within SLA, with 0, 50 and 100% marked under the bars.
    static func slaChart(_ worked: [(name: String, record: QueueRecord)]) -> QueueSection.Chart {
        let (nameRight, left, full, step, thickness) = (150.0, 156.0, 340.0, 20.0, 12.0)
        let bars = worked.enumerated().map { index, entry in
            let top = 4 + Double(index) * step, length = full * min(1, max(0, entry.record.figures.slaMetShare))
            let shifts = entry.record.shifts
            return QueueSection.Chart.Bar(
                name: InertText.visible(entry.name),
                value: "\(ReviewView.percent(entry.record.figures.slaMetShare)) in SLA, \(shifts) shift\(shifts == 1 ? "" : "s")",
                labelX: nameRight, x: left, y: top, width: length, height: thickness, valueX: left + length + 4, textY: top + 10)
        }
        let axisY = 4 + Double(worked.count) * step
        return QueueSection.Chart(
            height: axisY + 18, bars: bars, ticks: [0, 0.5, 1].map { .init(x: left + full * $0, label: ReviewView.percent($0)) },
            axisY: axisY, tickLabelY: axisY + 12)
    }
}
