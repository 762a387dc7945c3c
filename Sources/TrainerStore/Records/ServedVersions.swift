import GRDB
import TrainerCore

/// One version of a question as attempts served it, as an export or a listing shows it: sealed
/// versions carry no key. Writers keep their bytes per version in arrays by `index`.
public final class ServedVersion {
    /// 0, 1, 2… in the order versions first appear in one stream.
    public let index: Int
    /// The served copy's hash (empty for an answer recorded before copies were kept).
    public let hash: String
    public let questionID: String
    /// The correct options' ids in the author's order; nil when the key is sealed.
    public let correctOptionIDs: [String]?
    public var isSealed: Bool { correctOptionIDs == nil }
    private let load: () -> Question

    /// The whole question (texts, options), decoded on first use: only xAPI statements need it.
    public private(set) lazy var question: Question = load()

    init(index: Int, hash: String, questionID: String, correctOptionIDs: [String]?, load: @escaping () -> Question) {
        self.index = index
        self.hash = hash
        self.questionID = questionID
        self.correctOptionIDs = correctOptionIDs
        self.load = load
    }
}

/// The served versions of one stream, looked up by the hash bytes of each answer row without
/// making a String of them. The id and key are read by SQLite's JSON functions (no decoding of the
/// whole copy); the whole question only when a writer asks for it.
final class ServedVersions {
    private struct Key: Hashable {
        var a: UInt64, b: UInt64, c: UInt64, d: UInt64
        var sealed: Bool
    }
    private var byKey: [Key: ServedVersion] = [:]
    /// Hashes that do not fit `Key` (shorter than 32 bytes) and answers with no served copy.
    private var byText: [String: ServedVersion] = [:]
    private var count = 0
    private let key: Statement
    private let body: Statement

    init(_ db: Database) throws {
        key = try db.makeStatement(sql: """
            SELECT json_extract(s.body, '$.id'), json_extract(o.value, '$.id'), json_extract(o.value, '$.isCorrect')
            FROM servedQuestion s LEFT JOIN json_each(s.body, '$.options') o
            WHERE s.hash = ? AND json_valid(s.body) ORDER BY o.key
            """)
        body = try db.makeStatement(sql: "SELECT body FROM servedQuestion WHERE hash = ?")
    }

    /// The version an answer row points at (`hash`), or what stands in when no copy was kept.
    func version(_ hash: UnsafeRawBufferPointer?, sealed: Bool, unserved: () -> (id: String, topic: String, optionOrder: String)) throws -> ServedVersion {
        guard let hash, !hash.isEmpty else { return try missing(unserved(), sealed: sealed) }
        if hash.count >= 32 {
            let key = Key(a: hash.loadUnaligned(fromByteOffset: 0, as: UInt64.self), b: hash.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
                          c: hash.loadUnaligned(fromByteOffset: hash.count - 16, as: UInt64.self),
                          d: hash.loadUnaligned(fromByteOffset: hash.count - 8, as: UInt64.self), sealed: sealed)
            if let known = byKey[key], known.hash.utf8.elementsEqual(hash) { return known }
            let text = String(decoding: hash, as: UTF8.self)
            if let known = byText[(sealed ? "s" : "o") + text] { return known }
            let version = try read(text, sealed: sealed, unserved: unserved)
            if byKey[key] == nil { byKey[key] = version } else { byText[(sealed ? "s" : "o") + text] = version }
            return version
        }
        let text = String(decoding: hash, as: UTF8.self)
        if let known = byText[(sealed ? "s" : "o") + text] { return known }
        let version = try read(text, sealed: sealed, unserved: unserved)
        byText[(sealed ? "s" : "o") + text] = version
        return version
    }

    private func read(_ hash: String, sealed: Bool, unserved: () -> (id: String, topic: String, optionOrder: String)) throws -> ServedVersion {
        var id: String?, correct: [String] = []
        try key.forEachColumnRow(arguments: [hash]) { row in
            id = row.string(0)
            if row.flag(2) { correct.append(row.string(1)) }
        }
        guard let id else { return try missing(unserved(), sealed: sealed) }
        let body = self.body
        let fallback = unserved()
        return next(hash: hash, questionID: id, correct: sealed ? nil : correct) {
            let question = (try? String.fetchOne(body, arguments: [hash])).flatMap(ServedQuestion.decode)
                ?? StoredAttempt.unserved(fallback.id, topic: fallback.topic, optionOrder: IDList.decode(fallback.optionOrder))
            return sealed ? StoredAttempt.withoutKey(question) : question
        }
    }

    /// An answer recorded before served copies were kept: a placeholder with no key, one per id,
    /// topic and option order.
    private func missing(_ answer: (id: String, topic: String, optionOrder: String), sealed: Bool) throws -> ServedVersion {
        let text = "\(sealed ? "s" : "o")\u{0}\(answer.id)\u{0}\(answer.topic)\u{0}\(answer.optionOrder)"
        if let known = byText[text] { return known }
        let question = StoredAttempt.unserved(answer.id, topic: answer.topic, optionOrder: IDList.decode(answer.optionOrder))
        let version = next(hash: "", questionID: answer.id, correct: sealed ? nil : question.correctOptionIDs) { question }
        byText[text] = version
        return version
    }

    private func next(hash: String, questionID: String, correct: [String]?, load: @escaping () -> Question) -> ServedVersion {
        defer { count += 1 }
        return ServedVersion(index: count, hash: hash, questionID: questionID, correctOptionIDs: correct, load: load)
    }
}
