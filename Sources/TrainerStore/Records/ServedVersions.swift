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
/// two dense arrays of indices, open and sealed, so a million answers cost an array read each
/// instead of hashing their 64-byte hash, and touch no version object (they lie scattered in
/// memory: a listing that only needs the index stays in cache). The id and key are read from the
/// copy's columns (no parsing of the whole copy, as the version's key is kept apart since v12);
/// the whole question only when a writer asks for it.
final class ServedVersions {
    /// What a stream selects for an answer's version: its `servedId`, or for a row written without
    /// one (straight into the schema, as older tools did) the id its hash names; NULL when the
    /// answer has no served copy. `q` is `attemptQuestion`.
    static let idColumn = "COALESCE(q.servedId, (SELECT s.id FROM servedQuestion s WHERE s.hash = q.servedHash))"

    /// Every version met so far, by `index`.
    private(set) var versions: [ServedVersion] = []
    /// Per served id, the index of its version (-1 until met); ids run 1…largest, as
    /// `servedQuestion` numbers them.
    private var open: [Int32]
    private var sealed: [Int32]
    /// Answers with no served copy, by id, topic and option order: their version's index.
    private var unserved: [String: Int] = [:]
    private let key: Statement
    private let body: Statement
    private let decoder = JSONDecoder()

    init(_ db: Database) throws {
        key = try db.makeStatement(sql: """
            SELECT questionId, COALESCE(correctIds, \(ServedQuestion.correctIDs(of: "body"))) FROM servedQuestion WHERE id = ?
            """)
        body = try db.makeStatement(sql: "SELECT body FROM servedQuestion WHERE id = ?")
        // The snapshot's largest id bounds the arrays: an id beyond it names no copy.
        let largest = try Int.fetchOne(db, sql: "SELECT MAX(id) FROM servedQuestion") ?? 0
        open = Array(repeating: -1, count: largest + 1)
        sealed = open
    }

    /// The version an answer row points at (`id`, from `idColumn`), or what stands in when no copy
    /// was kept.
    func version(_ id: Int64?, sealed isSealed: Bool, unserved: () -> (id: String, topic: String, optionOrder: String)) throws -> ServedVersion {
        versions[try index(id, sealed: isSealed, unserved: unserved)]
    }

    /// The index of that version; `met` hears of each version once, before its index is first returned.
    func index(_ id: Int64?, sealed isSealed: Bool, unserved: () -> (id: String, topic: String, optionOrder: String),
               met: (ServedVersion) throws -> Void = { _ in }) throws -> Int {
        guard let id, id > 0, id < open.count else { return try missing(unserved(), sealed: isSealed, met) }
        let slot = Int(id)
        let known = isSealed ? sealed[slot] : open[slot]
        if known >= 0 { return Int(known) }
        let index = try read(id, sealed: isSealed, unserved: unserved, met)
        if isSealed { sealed[slot] = Int32(index) } else { open[slot] = Int32(index) }
        return index
    }

    private func read(_ servedID: Int64, sealed: Bool, unserved: () -> (id: String, topic: String, optionOrder: String),
                      _ met: (ServedVersion) throws -> Void) throws -> Int {
        var id: String?, correct: [String] = []
        try key.forEachColumnRow(arguments: [servedID]) { row in
            // A key that does not read as a list of ids makes the copy unreadable, as a body that is not JSON does.
            guard let ids = try? decoder.decode([String].self, from: Data(row.bytes(1))) else { return }
            id = row.string(0)
            correct = ids
        }
        // A copy that cannot be read stands for the placeholder, as an answer with no copy does.
        let fallback = unserved()
        guard let id else { return try missing(fallback, sealed: sealed, met) }
        let body = self.body
        return try next(questionID: id, correct: sealed ? nil : correct, met) {
            let question = (try? String.fetchOne(body, arguments: [servedID])).flatMap(ServedQuestion.decode)
                ?? StoredAttempt.unserved(fallback.id, topic: fallback.topic, optionOrder: IDList.decode(fallback.optionOrder))
            return sealed ? StoredAttempt.withoutKey(question) : question
        }
    }

    /// An answer recorded before served copies were kept: a placeholder with no key, one per id,
    /// topic and option order.
    private func missing(_ answer: (id: String, topic: String, optionOrder: String), sealed: Bool,
                         _ met: (ServedVersion) throws -> Void) throws -> Int {
        let text = "\(sealed ? "s" : "o")\u{0}\(answer.id)\u{0}\(answer.topic)\u{0}\(answer.optionOrder)"
        if let known = unserved[text] { return known }
        let question = StoredAttempt.unserved(answer.id, topic: answer.topic, optionOrder: IDList.decode(answer.optionOrder))
        let index = try next(questionID: answer.id, correct: sealed ? nil : question.correctOptionIDs, met) { question }
        unserved[text] = index
        return index
    }

    private func next(questionID: String, correct: [String]?, _ met: (ServedVersion) throws -> Void,
                      load: @escaping () -> Question) throws -> Int {
        let version = ServedVersion(index: versions.count, questionID: questionID, correctOptionIDs: correct, load: load)
        versions.append(version)
        try met(version)
        return version.index
    }
}
