import Foundation
import GRDB
import TrainerCore

extension Store {
    /// Every finished shift's stored figures that `viewer` may see, taken together per person
    /// (by name): three statements however many people and shifts, for the cohort report.
    public func queueRecords(visibleTo viewer: Account) throws -> [String: QueueRecord] {
        try writer.read { db in
            let visible = Store.visibleUsers(to: viewer)
            let finished = "s.finishedAt IS NOT NULL AND s.report IS NOT NULL AND \(visible.sql)"
            var shifts: [String: [ShiftKPIs]] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT u.name, s.tickets, s.firstResponseMedian, s.slaMetShare, s.triageAccuracy, s.fcrShare, s.closed, s.csat
                FROM shift s JOIN user u ON u.id = s.userId WHERE \(finished) ORDER BY s.id
                """, arguments: visible.arguments)
            while let row = try rows.next() {
                shifts[row[0], default: []].append(.stored(
                    tickets: row[1] ?? 0, closed: row[6] ?? 0, firstResponseMedian: row[2], slaMetShare: row[3] ?? 0,
                    triageAccuracy: row[4] ?? 0, fcrShare: row[5] ?? 0, csat: row[7]))
            }
            // Resolution is kept per ticket in the stored grades only: read there, not graded again.
            let resolved = try Row.fetchAll(db, sql: """
                SELECT u.name, SUM(json_extract(g.value, '$.resolutionMet')) FROM shift s JOIN user u ON u.id = s.userId,
                json_each(s.report, '$.grades') g WHERE \(finished) GROUP BY u.id
                """, arguments: visible.arguments).reduce(into: [String: Int]()) { $0[$1[0]] = $1[1] ?? 0 }
            let drafts = try Row.fetchAll(db, sql: """
                SELECT u.name, COUNT(*), SUM(d.decidedById IS NOT NULL AND d.state = 'returned')
                FROM shiftDraft d JOIN shift s ON s.id = d.shiftId JOIN user u ON u.id = s.userId WHERE \(finished) GROUP BY u.id
                """, arguments: visible.arguments).reduce(into: [String: (Int, Int)]()) { $0[$1[0]] = ($1[1], $1[2] ?? 0) }
            return Dictionary(uniqueKeysWithValues: shifts.map { name, figures in
                (name, QueueRecord(shifts: figures, resolutionMet: resolved[name], drafts: drafts[name]?.0 ?? 0, draftsReturned: drafts[name]?.1 ?? 0))
            })
        }
    }
}
