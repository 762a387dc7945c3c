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
    /// statistics need and the options chosen, from the sums kept per exam, item and chosen set
    /// (additive, so they add up per item), and the exposures. Items exposed but never answered
    /// come with zero sums.
    public func itemRecords(exam: String? = nil) throws -> [ItemRecord] {
        try writer.read { db in
            let filter = exam == nil ? "" : " WHERE exam = ?"
            let arguments: StatementArguments = exam.map { [$0] } ?? []
            var records: [String: ItemRecord] = [:]
            let uses = try Row.fetchCursor(db, sql: """
                SELECT questionId, MIN(topic), SUM(exposures) FROM examItemUse\(filter) GROUP BY questionId
                """, arguments: arguments)
            while let row = try uses.next() {
                let id: String = row[0]
                records[id] = ItemRecord(item: id, topic: row[1], exposures: row[2], sums: ItemStatistics.Sums([]))
            }
            let groups = try Row.fetchCursor(db, sql: """
                SELECT questionId, chosen, responses, x, y, xx, yy, xy FROM examItemSums\(filter)
                """, arguments: arguments)
            while let row = try groups.next() {
                let id: String = row[0], chosen: String = row[1], count: Int = row[2]
                var sums = records[id]?.sums ?? ItemStatistics.Sums([])
                sums.responses += count
                sums.x += row[3]
                sums.y += row[4]
                sums.xx += row[5]
                sums.yy += row[6]
                sums.xy += row[7]
                if !chosen.isEmpty {
                    sums.answered += count
                    for option in IDList.decode(chosen) { sums.optionCounts[option, default: 0] += count }
                }
                if records[id] == nil { records[id] = ItemRecord(item: id, topic: "", exposures: 0, sums: sums) } else { records[id]?.sums = sums }
            }
            return records.values.sorted { ($0.topic, $0.item) < ($1.topic, $1.item) }
        }
    }

    /// Adds a just-submitted exam attempt's answers to the item-analysis sums, each with the rest
    /// of the form's credit (unanswered questions count 0).
    static func recordForAnalysis(_ attempt: StoredAttempt, _ db: Database) throws {
        let total = attempt.answers.reduce(0) { $0 + ($1.credit ?? 0) }
        for answer in attempt.answers {
            let x = answer.credit ?? 0, y = total - x
            try db.execute(sql: """
                INSERT INTO examItemSums (exam, questionId, chosen, responses, x, y, xx, yy, xy) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?)
                ON CONFLICT (exam, questionId, chosen) DO UPDATE SET responses = responses + 1, x = x + excluded.x,
                    y = y + excluded.y, xx = xx + excluded.xx, yy = yy + excluded.yy, xy = xy + excluded.xy
                """, arguments: [attempt.topic, answer.questionID, answer.chosen.map { IDList.encode($0.sorted()) } ?? "",
                                 x, y, x * x, y * y, x * y])
        }
    }
}
