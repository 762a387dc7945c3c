import Foundation
import GRDB
import TrainerCore

/// The aggregates behind `exam items` for one item.
public struct ItemRecord: Sendable, Equatable {
    public var item: String
    public var topic: String
    public var exposures: Int
    public var sums: ItemStatistics.Sums
}

extension Store {
    /// Per item, over submitted exam attempts (of `exam` only, when given): the sums the
    /// statistics need, aggregated in SQL (one pass for the form totals, one per item), the
    /// options chosen, and the exposures. Items exposed but never answered come with zero sums.
    public func itemRecords(exam: String? = nil) throws -> [ItemRecord] {
        try writer.read { db in
            let examFilter = exam == nil ? "" : " AND a.topic = ?"
            let arguments: StatementArguments = exam.map { [$0] } ?? []
            var records: [String: ItemRecord] = [:]
            let sums = try Row.fetchCursor(db, sql: """
                WITH form AS (
                    SELECT q.attemptId, SUM(COALESCE(q.credit, 0)) AS total FROM attemptQuestion q
                    JOIN attempt a ON a.id = q.attemptId
                    WHERE a.kind = 'exam' AND \(Store.submitted)\(examFilter)
                    GROUP BY q.attemptId)
                SELECT q.questionId, MIN(q.topic), COUNT(*), SUM(COALESCE(q.credit, 0)),
                       SUM(f.total - COALESCE(q.credit, 0)),
                       SUM(COALESCE(q.credit, 0) * COALESCE(q.credit, 0)),
                       SUM((f.total - COALESCE(q.credit, 0)) * (f.total - COALESCE(q.credit, 0))),
                       SUM(COALESCE(q.credit, 0) * (f.total - COALESCE(q.credit, 0))),
                       COUNT(q.chosen)
                FROM form f JOIN attemptQuestion q ON q.attemptId = f.attemptId
                GROUP BY q.questionId
                """, arguments: arguments)
            while let row = try sums.next() {
                let id: String = row[0]
                records[id] = ItemRecord(item: id, topic: row[1], exposures: 0, sums: ItemStatistics.Sums(
                    responses: row[2], x: row[3], y: row[4], xx: row[5], yy: row[6], xy: row[7], optionCounts: [:], answered: row[8]))
            }
            let choices = try Row.fetchCursor(db, sql: """
                SELECT q.questionId, q.chosen, COUNT(*) FROM attemptQuestion q JOIN attempt a ON a.id = q.attemptId
                WHERE a.kind = 'exam' AND \(Store.submitted)\(examFilter) AND q.chosen IS NOT NULL
                GROUP BY q.questionId, q.chosen
                """, arguments: arguments)
            while let row = try choices.next() {
                let id: String = row[0], count: Int = row[2]
                for option in IDList.decode(row[1]) { records[id]?.sums.optionCounts[option, default: 0] += count }
            }
            let exposedFilter = exam == nil ? "" : " WHERE questionId IN (SELECT f.questionId FROM examFormItem f JOIN examSession s ON s.id = f.sessionId WHERE s.exam = ?)"
            let uses = try Row.fetchCursor(db, sql: """
                SELECT u.questionId, u.exposures, (SELECT topic FROM examFormItem f WHERE f.questionId = u.questionId LIMIT 1)
                FROM examItemUse u\(exposedFilter)
                """, arguments: arguments)
            while let row = try uses.next() {
                let id: String = row[0]
                if records[id] == nil {
                    records[id] = ItemRecord(item: id, topic: row[2] ?? "", exposures: 0, sums: ItemStatistics.Sums([]))
                }
                records[id]?.exposures = row[1]
            }
            return records.values.sorted { ($0.topic, $0.item) < ($1.topic, $1.item) }
        }
    }
}
