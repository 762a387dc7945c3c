import Foundation
import GRDB
import TrainerCore

extension Store {
    /// Hands `body` each attempt `viewer` may see, newest first, as `attempts(visibleTo:of:)` lists
    /// them, reading one attempt at a time so memory stays flat however long the history; `body`
    /// returns false to stop. Each served question comes with its key only (option ids and which
    /// are correct, no texts): what listings show. Sealed where the visibility policy says so.
    public func forEachAttempt(visibleTo viewer: Account, of name: String? = nil, _ body: (StoredAttempt) throws -> Bool) throws {
        try writer.read { db in
            let (filter, arguments) = Store.visibleUsers(to: viewer, named: name)
            let keys = ServedKeys(db)
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT a.*, u.name AS userName, es.closedAt AS sessionClosedAt FROM attempt a JOIN user u ON u.id = a.userId
                LEFT JOIN examSession es ON es.id = a.examSessionId WHERE \(filter) ORDER BY a.id DESC
                """, arguments: arguments)
            let answers = try db.makeStatement(sql: """
                SELECT position, questionId, topic, optionOrder, chosen, credit, servedHash FROM attemptQuestion WHERE attemptId = ? ORDER BY position
                """)
            while let row = try cursor.next() {
                let attempt = Store.storedAttempt(row, answers: try Row.fetchAll(answers, arguments: [row["id"] as Int64]).map { r in
                    Store.answer(r, question: try (r["servedHash"] as String?).flatMap(keys.question))
                })
                guard try body(Store.present(attempt, to: viewer)) else { return }
            }
        }
    }
}

/// Served questions reduced to their keys, read once per version and kept while a listing runs
/// (a few bytes each, so even 50,000 versions stay small). Only the key is decoded from each
/// served copy: texts, feedback and explanations are skipped.
private final class ServedKeys {
    private struct Key: Decodable {
        struct Option: Decodable {
            var id: String
            var isCorrect: Bool
        }
        var id: String
        var topic: String
        var options: [Option]
    }

    private let statement: Statement?
    private let decoder = JSONDecoder()
    private var known: [String: Question] = [:]

    init(_ db: Database) { statement = try? db.makeStatement(sql: "SELECT body FROM servedQuestion WHERE hash = ?") }

    func question(_ hash: String) throws -> Question? {
        if let question = known[hash] { return question }
        guard let statement, let body = try String.fetchOne(statement, arguments: [hash]),
              let key = try? decoder.decode(Key.self, from: Data(body.utf8)) else { return nil }
        let question = Question(id: key.id, topic: key.topic, prompt: "",
                                options: key.options.map { AnswerOption(id: $0.id, text: "", isCorrect: $0.isCorrect) })
        known[hash] = question
        return question
    }
}
