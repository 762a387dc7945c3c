import Foundation
import GRDB
import TrainerCore

/// One version of a question as attempts served it, as an export or a listing shows it: sealed
/// versions carry no key. Writers keep their bytes per version in arrays by `index`.
public final class ServedVersion {
    /// 0, 1, 2… in the order versions first appear in one stream.
    public let index: Int
    public let questionID: String
    /// The correct options' ids in the author's order; nil when the key is sealed.
    public let correctOptionIDs: [String]?
    public var isSealed: Bool { correctOptionIDs == nil }
    private let load: () -> Question

    /// The whole question (texts, options), decoded on first use: only xAPI statements need it.
    public private(set) lazy var question: Question = load()

    init(index: Int, questionID: String, correctOptionIDs: [String]?, load: @escaping () -> Question) {
        self.index = index
        self.questionID = questionID
        self.correctOptionIDs = correctOptionIDs
        self.load = load
    }
}

/// The served versions of one stream, looked up by each answer row's `servedId` (schema v12) in
/// two dense arrays, open and sealed, so a million answers cost an index each instead of hashing
/// their 64-byte hash. The id and key are read by SQLite's JSON functions (no decoding of the
/// whole copy); the whole question only when a writer asks for it.
final class ServedVersions {
    /// What a stream selects for an answer's version: its `servedId`, or for a row written without
    /// one (straight into the schema, as older tools did) the id its hash names; NULL when the
    /// answer has no served copy. `q` is `attemptQuestion`.
    static let idColumn = "COALESCE(q.servedId, (SELECT s.id FROM servedQuestion s WHERE s.hash = q.servedHash))"

    /// Per served id, the version found for it; ids run 1…largest, as `servedQuestion` numbers them.
    private var open: [ServedVersion?]
    private var sealed: [ServedVersion?]
    /// Answers with no served copy: by id, topic and option order.
    private var unserved: [String: ServedVersion] = [:]
    private var count = 0
    private let key: Statement
    private let body: Statement

    init(_ db: Database) throws {
        key = try db.makeStatement(sql: """
            SELECT json_extract(s.body, '$.id'), json_extract(o.value, '$.id'), json_extract(o.value, '$.isCorrect')
            FROM servedQuestion s LEFT JOIN json_each(s.body, '$.options') o
            WHERE s.id = ? AND json_valid(s.body) ORDER BY o.key
            """)
        body = try db.makeStatement(sql: "SELECT body FROM servedQuestion WHERE id = ?")
        // The snapshot's largest id bounds the arrays: an id beyond it names no copy.
        let largest = try Int.fetchOne(db, sql: "SELECT MAX(id) FROM servedQuestion") ?? 0
        open = Array(repeating: nil, count: largest + 1)
        sealed = open
    }

    /// The version an answer row points at (`id`, from `idColumn`), or what stands in when no copy
    /// was kept.
    func version(_ id: Int64?, sealed isSealed: Bool, unserved: () -> (id: String, topic: String, optionOrder: String)) throws -> ServedVersion {
        guard let id, id > 0, id < open.count else { return try missing(unserved(), sealed: isSealed) }
        let slot = Int(id)
        if let version = isSealed ? sealed[slot] : open[slot] { return version }
        let version = try read(id, sealed: isSealed, unserved: unserved)
        if isSealed { sealed[slot] = version } else { open[slot] = version }
        return version
    }

    private func read(_ servedID: Int64, sealed: Bool, unserved: () -> (id: String, topic: String, optionOrder: String)) throws -> ServedVersion {
        var id: String?, correct: [String] = []
        try key.forEachColumnRow(arguments: [servedID]) { row in
            id = row.string(0)
            if row.flag(2) { correct.append(row.string(1)) }
        }
        // A copy that cannot be read stands for the placeholder, as an answer with no copy does.
        let fallback = unserved()
        guard let id else { return try missing(fallback, sealed: sealed) }
        let body = self.body
        return next(questionID: id, correct: sealed ? nil : correct) {
            let question = (try? String.fetchOne(body, arguments: [servedID])).flatMap(ServedQuestion.decode)
                ?? StoredAttempt.unserved(fallback.id, topic: fallback.topic, optionOrder: IDList.decode(fallback.optionOrder))
            return sealed ? StoredAttempt.withoutKey(question) : question
        }
    }

    /// An answer recorded before served copies were kept: a placeholder with no key, one per id,
    /// topic and option order.
    private func missing(_ answer: (id: String, topic: String, optionOrder: String), sealed: Bool) throws -> ServedVersion {
        let text = "\(sealed ? "s" : "o")\u{0}\(answer.id)\u{0}\(answer.topic)\u{0}\(answer.optionOrder)"
        if let known = unserved[text] { return known }
        let question = StoredAttempt.unserved(answer.id, topic: answer.topic, optionOrder: IDList.decode(answer.optionOrder))
        let version = next(questionID: answer.id, correct: sealed ? nil : question.correctOptionIDs) { question }
        unserved[text] = version
        return version
    }

    private func next(questionID: String, correct: [String]?, load: @escaping () -> Question) -> ServedVersion {
        defer { count += 1 }
        return ServedVersion(index: count, questionID: questionID, correctOptionIDs: correct, load: load)
    }
}
