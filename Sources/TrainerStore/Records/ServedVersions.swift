import Foundation
import GRDB
import TrainerCore

/// One version of a question as attempts served it, as an export or a listing shows it: sealed
/// versions carry no key. Writers keep their bytes per version in arrays by `index`.
public final class ServedVersion {
    /// 0, 1, 2… in the order versions first appear in one stream.
    public let index: Int
    /// The served copy's hash as stored (empty for an answer recorded before copies were kept).
    let hashBytes: [UInt8]
    public let questionID: String
    /// The correct options' ids in the author's order; nil when the key is sealed.
    public let correctOptionIDs: [String]?
    public var isSealed: Bool { correctOptionIDs == nil }
    private let load: () -> Question

    /// The whole question (texts, options), decoded on first use: only xAPI statements need it.
    public private(set) lazy var question: Question = load()

    init(index: Int, hash: [UInt8], questionID: String, correctOptionIDs: [String]?, load: @escaping () -> Question) {
        self.index = index
        self.hashBytes = hash
        self.questionID = questionID
        self.correctOptionIDs = correctOptionIDs
        self.load = load
    }
}

/// The served versions of one stream, looked up by the hash bytes of each answer row without
/// making a String of them (an open-addressing table over the bytes, compared with `memcmp`). The
/// id and key are read by SQLite's JSON functions (no decoding of the whole copy); the whole
/// question only when a writer asks for it.
final class ServedVersions {
    /// The table: per slot the code of what is there (0 where empty) and the version found for it,
    /// side by side so a probe touches one place; a power of two, at most half full.
    private var slots = [(code: UInt64, version: ServedVersion?)](repeating: (0, nil), count: 1 << 10)
    private var used = 0
    /// Answers with no served copy: by id, topic and option order.
    private var unserved: [String: ServedVersion] = [:]
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
    func version(_ hash: UnsafeRawBufferPointer?, sealed isSealed: Bool, unserved: () -> (id: String, topic: String, optionOrder: String)) throws -> ServedVersion {
        guard let hash, !hash.isEmpty else { return try missing(unserved(), sealed: isSealed) }
        let code = Self.code(hash, isSealed)
        var slot = Int(truncatingIfNeeded: code) & (slots.count - 1)
        while slots[slot].code != 0 {
            if slots[slot].code == code, let version = slots[slot].version, version.isSealed == isSealed,
               version.hashBytes.count == hash.count, let start = hash.baseAddress,
               version.hashBytes.withUnsafeBytes({ $0.baseAddress.map { memcmp($0, start, hash.count) } }) == 0 {
                return version
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        let version = try read(Array(hash), sealed: isSealed, unserved: unserved)
        slots[slot] = (code, version)
        used += 1
        if used * 2 > slots.count { grow() }
        return version
    }

    /// Hex hashes vary in every byte: their first and last eight, mixed, spread well.
    private static func code(_ hash: UnsafeRawBufferPointer, _ sealed: Bool) -> UInt64 {
        var word: UInt64 = sealed ? 0x9E37_79B9_7F4A_7C15 : 0
        if hash.count >= 8 {
            word ^= hash.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
            word = (word &* 0xFF51_AFD7_ED55_8CCD) ^ hash.loadUnaligned(fromByteOffset: hash.count - 8, as: UInt64.self)
        } else {
            for byte in hash { word = (word << 8) | UInt64(byte) }
        }
        word = (word ^ (word >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        return (word ^ (word >> 29)) | 1
    }

    private func grow() {
        let old = slots
        slots = Array(repeating: (0, nil), count: old.count * 2)
        for (code, version) in old where code != 0 {
            var slot = Int(truncatingIfNeeded: code) & (slots.count - 1)
            while slots[slot].code != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = (code, version)
        }
    }

    private func read(_ hash: [UInt8], sealed: Bool, unserved: () -> (id: String, topic: String, optionOrder: String)) throws -> ServedVersion {
        let text = String(decoding: hash, as: UTF8.self)
        var id: String?, correct: [String] = []
        try key.forEachColumnRow(arguments: [text]) { row in
            id = row.string(0)
            if row.flag(2) { correct.append(row.string(1)) }
        }
        let fallback = unserved()
        let placeholder = { StoredAttempt.unserved(fallback.id, topic: fallback.topic, optionOrder: IDList.decode(fallback.optionOrder)) }
        // A hash whose copy is gone stands for the placeholder, as an answer with no hash does.
        guard let id else {
            let question = placeholder()
            return next(hash: hash, questionID: fallback.id, correct: sealed ? nil : question.correctOptionIDs) { question }
        }
        let body = self.body
        return next(hash: hash, questionID: id, correct: sealed ? nil : correct) {
            let question = (try? String.fetchOne(body, arguments: [text])).flatMap(ServedQuestion.decode) ?? placeholder()
            return sealed ? StoredAttempt.withoutKey(question) : question
        }
    }

    /// An answer recorded before served copies were kept: a placeholder with no key, one per id,
    /// topic and option order.
    private func missing(_ answer: (id: String, topic: String, optionOrder: String), sealed: Bool) throws -> ServedVersion {
        let text = "\(sealed ? "s" : "o")\u{0}\(answer.id)\u{0}\(answer.topic)\u{0}\(answer.optionOrder)"
        if let known = unserved[text] { return known }
        let question = StoredAttempt.unserved(answer.id, topic: answer.topic, optionOrder: IDList.decode(answer.optionOrder))
        let version = next(hash: [], questionID: answer.id, correct: sealed ? nil : question.correctOptionIDs) { question }
        unserved[text] = version
        return version
    }

    private func next(hash: [UInt8], questionID: String, correct: [String]?, load: @escaping () -> Question) -> ServedVersion {
        defer { count += 1 }
        return ServedVersion(index: count, hash: hash, questionID: questionID, correctOptionIDs: correct, load: load)
    }
}
