import Crypto
import Foundation
import GRDB
import TrainerCore

/// A question exactly as an attempt served it (prompt, options with keys, weights and feedback,
/// explanation, scoring, topic), stored once per distinct version under the SHA-256 of its
/// canonical JSON. Attempts point at it, so later edits to the bank never reach a past attempt.
enum ServedQuestion {
    static func encode(_ question: Question) throws -> (hash: String, body: String) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(question)
        let hash = SHA256.hash(data: data).hexDigits
        return (hash, String(decoding: data, as: UTF8.self))
    }

    static func decode(_ body: String) -> Question? {
        try? JSONDecoder().decode(Question.self, from: Data(body.utf8))
    }

    /// The correct options' ids of a served copy (`body`, an SQL expression for its JSON) as a JSON
    /// array in the author's order, or NULL when the body is not JSON: what `servedQuestion.correctIds`
    /// keeps (v12), and what readers compute for a copy written without it.
    static func correctIDs(of body: String) -> String {
        """
        CASE WHEN json_valid(\(body)) THEN (SELECT json_group_array(k.id) FROM (SELECT json_extract(o.value, '$.id') AS id \
        FROM json_each(\(body), '$.options') o WHERE json_extract(o.value, '$.isCorrect') ORDER BY o.key) k) END
        """
    }

    /// Stores the version (once) and returns its hash and id, the two an answer keeps (v12).
    static func save(_ question: Question, _ db: Database) throws -> (hash: String, id: Int64) {
        let (hash, body) = try encode(question)
        try db.execute(sql: """
            INSERT INTO servedQuestion (hash, questionId, body, correctIds) VALUES (?1, ?2, ?3, \(correctIDs(of: "?3")))
            ON CONFLICT (hash) DO NOTHING
            """, arguments: [hash, question.id, body])
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM servedQuestion WHERE hash = ?", arguments: [hash]) else {
            throw StoreError.notFound("the served copy of question \(question.id) was not stored")
        }
        return (hash, id)
    }
}

extension Store {
    /// A question's served copy as attempts keep it (hash and canonical JSON), for writers that
    /// fill a database in bulk through the schema, such as the scale generator.
    public static func servedCopy(of question: Question) throws -> (hash: String, body: String) {
        try ServedQuestion.encode(question)
    }

    /// The SQL that derives a served copy's `correctIds` from its body (`body`, an SQL expression),
    /// for the same writers.
    public static func servedCorrectIDs(of body: String) -> String { ServedQuestion.correctIDs(of: body) }
}
