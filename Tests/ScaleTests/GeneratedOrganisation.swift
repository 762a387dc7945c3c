import Foundation
import GRDB
import TrainerScale
import TrainerTestSupport

/// One generated organisation shared by the report tests: small by default, the full size of
/// issue 15 with TRAINER_SCALE=full (minutes, not for CI).
final class GeneratedOrganisation: Sendable {
    static let shared = GeneratedOrganisation()

    let folder = TemporaryDirectory()
    var database: String { folder.path("org/trainer.sqlite") }
    let size = ProcessInfo.processInfo.environment["TRAINER_SCALE"] == "full" ? ScaleSize.full : ScaleSize.small
    private let failure: String?

    private init() {
        do {
            try ScaleGenerator(seed: 15, size: size, shippedContent: DemoCohort.root).generate(databaseAt: folder.path("org/trainer.sqlite"))
            failure = nil
        } catch {
            failure = "\(error)"
        }
    }

    /// `trainer` on the generated database, at the history's end, logged in as `user`.
    func trainer(_ arguments: [String], as user: String) throws -> TrainerProcess.Outcome {
        if let failure { throw GenerationFailed(description: failure) }
        let process = TrainerProcess(content: DemoCohort.root.path, database: database, now: ScaleNames.now,
                                     extra: ["TRAINER_PASSPHRASE": ScaleNames.passphrase, "COLUMNS": "200"])
        return try process.run(arguments + ["--as", user])
    }

    /// The hand-written side of each comparison: plain SQL on the same file.
    func query<T>(_ read: (Database) throws -> T) throws -> T {
        var configuration = Configuration()
        configuration.readonly = true
        // Other tests' trainer processes share the file: the last to close folds the write-ahead
        // log back into it, holding it for a moment. Wait, as trainer's own connections do.
        configuration.busyMode = .timeout(15)
        let queue = try DatabaseQueue(path: database, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read(read)
    }

    /// Per trainee and topic, the mean credit of the last 20 answers in submitted quizzes and
    /// reviews (a skip counting 0), by hand in Swift over every answer in time order.
    func handMastery(_ db: Database, trainee: String) throws -> [(topic: String, answered: Int, mean: Double)] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT q.topic, COALESCE(q.credit, 0) AS credit FROM attemptQuestion q JOIN attempt a ON a.id = q.attemptId
            JOIN user u ON u.id = a.userId WHERE u.name = ? AND a.kind IN ('quiz', 'review') AND a.finishedAt IS NOT NULL AND a.abandoned = 0
            ORDER BY COALESCE(q.answeredAt, a.finishedAt) DESC
            """, arguments: [trainee])
        var byTopic: [String: [Double]] = [:]
        for row in rows { byTopic[row["topic"], default: []].append(row["credit"]) }
        return byTopic.map { topic, credits in
            let recent = credits.prefix(20)
            return (topic, recent.count, recent.reduce(0, +) / Double(recent.count))
        }.sorted { ($0.mean, $0.topic) < ($1.mean, $1.topic) }
    }
}

struct GenerationFailed: Error, CustomStringConvertible {
    var description: String
}
