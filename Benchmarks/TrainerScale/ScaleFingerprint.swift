import Foundation
import GRDB

/// What a generated database holds, in a form two runs can compare: the rows of every table and
/// a checksum of a few hundred rows that depend on every random draw (passphrase salts left out).
public struct ScaleFingerprint: Equatable, CustomStringConvertible, Sendable {
    public var counts: [String: Int]
    public var checksum: UInt64

    static let tables = ["user", "attempt", "attemptQuestion", "servedQuestion", "reviewItem", "examSession", "examCandidate",
                         "examFormItem", "rolePlay", "rolePlayTurn", "meeting", "selfReview", "lessonRead",
                         "shift", "shiftTicket", "shiftAction", "shiftDraft"]

    public static func of(databaseAt path: String) throws -> ScaleFingerprint {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read { db in
            var counts: [String: Int] = [:]
            for table in tables { counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \"\(table)\"") ?? 0 }
            let sample = try String.fetchAll(db, sql: """
                SELECT id || '|' || userId || '|' || topic || '|' || startedAt || '|' || IFNULL(score, '') FROM attempt WHERE id % 97 = 1
                UNION ALL SELECT attemptId || '|' || position || '|' || questionId || '|' || IFNULL(chosen, '') FROM attemptQuestion WHERE attemptId % 991 = 1
                UNION ALL SELECT id || '|' || userId || '|' || scenarioId || '|' || startedAt FROM rolePlay WHERE id % 97 = 1
                UNION ALL SELECT name || '|' || IFNULL(mentorId, '') || '|' || IFNULL(startDay, '') FROM user
                UNION ALL SELECT id || '|' || userId || '|' || seed || '|' || startedAt || '|' || IFNULL(report, '') FROM shift WHERE id % 97 = 1
                UNION ALL SELECT shiftId || '|' || position || '|' || action FROM shiftAction WHERE shiftId % 991 = 1
                """)
            return ScaleFingerprint(counts: counts, checksum: fnv1a(sample.joined(separator: "\n")))
        }
    }

    public var description: String {
        counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "; checksum \(String(checksum, radix: 16))"
    }

    /// FNV-1a: stable across processes, unlike Swift's seeded Hasher.
    private static func fnv1a(_ text: String) -> UInt64 {
        text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
}
