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

    /// The same attempts, in the same order and with the same sealing, for a listing written
    /// straight into text (`results --json`): one statement over attempts and their answers, read
    /// by column, each answer's bytes lent to `visitor` for the call only.
    public func listAttempts(visibleTo viewer: Account, of name: String? = nil, to visitor: inout some AttemptListVisitor) throws {
        try writer.read { db in
            let (filter, arguments) = Store.visibleUsers(to: viewer, named: name)
            let statement = try db.makeStatement(sql: """
                SELECT a.id, u.name, a.kind, a.topic, a.score, a.passed, a.startedAt, a.finishedAt, a.abandoned, a.reconstructed,
                       es.closedAt IS NOT NULL, q.position, q.questionId, q.chosen, q.credit, \(ServedVersions.idColumn), q.topic, q.optionOrder
                FROM attempt a JOIN user u ON u.id = a.userId LEFT JOIN examSession es ON es.id = a.examSessionId
                LEFT JOIN attemptQuestion q ON q.attemptId = a.id
                WHERE \(filter) ORDER BY a.id DESC, q.position
                """)
            let served = try ServedVersions(db)
            // The attempt being listed, by id and sealing only: a copy of the whole attempt per
            // answer row would retain its texts a million times.
            var current: (id: Int64, isSealed: Bool)?
            try statement.forEachColumnRow(arguments: arguments) { row in
                let id = row.int64(0)
                if current?.id != id {
                    if current != nil { try visitor.attemptEnds() }
                    let attempt = Store.listedAttempt(row, visibleTo: viewer)
                    current = (id, attempt.isSealed)
                    try visitor.attemptBegins(attempt)
                }
                guard !row.isNull(11), let sealed = current?.isSealed else { return }
                let version = try served.index(row.optionalInt64(15), sealed: sealed, unserved: { (row.string(12), row.string(16), row.string(17)) },
                                               met: { try visitor.version($0) })
                try visitor.answer(ListedAnswer(questionID: row.bytes(12), chosen: row.optionalBytes(13), version: version,
                                                credit: sealed ? nil : row.optionalDouble(14)))
            }
            if current != nil { try visitor.attemptEnds() }
        }
    }

    /// The attempt's columns of the listing query, sealed as `present` would seal it for `viewer`.
    private static func listedAttempt(_ row: ColumnRow, visibleTo viewer: Account) -> ListedAttempt {
        let user = row.string(1)
        let kind = AttemptKind(rawValue: row.string(2)) ?? .quiz
        let finishedAt = row.optionalString(7)
        let abandoned = row.flag(8)
        let standing = AttemptVisibility.Standing(isSubmitted: finishedAt != nil && !abandoned, isAbandoned: abandoned, isSessionClosed: row.flag(10))
        let shows = AttemptVisibility.showsKey(of: kind, standing, toOwner: user == viewer.name, viewerRole: viewer.role)
        return ListedAttempt(
            id: row.int64(0), user: user, kind: kind, topic: row.string(3), score: shows ? row.optionalDouble(4) : nil,
            passed: shows ? row.optionalFlag(5) : nil, state: finishedAt == nil ? .open : (abandoned ? .abandoned : .submitted),
            isSealed: !shows, reconstructed: row.flag(9), startedAt: row.string(6), finishedAt: finishedAt)
    }
}

/// Receives a listing of attempts as it streams: each attempt, its answers, its end; and each
/// question version once, before the first answer that shows it.
public protocol AttemptListVisitor {
    mutating func attemptBegins(_ attempt: ListedAttempt) throws
    mutating func version(_ version: ServedVersion) throws
    mutating func answer(_ answer: ListedAnswer) throws
    mutating func attemptEnds() throws
}

/// An attempt as a listing shows it; a sealed one has no score and no verdict. Times as stored
/// (see `StoredTimestamp`).
public struct ListedAttempt {
    public var id: Int64
    public var user: String
    public var kind: AttemptKind
    public var topic: String
    public var score: Double?
    public var passed: Bool?
    public var state: StoredAttempt.State
    public var isSealed: Bool
    public var reconstructed: Bool
    public var startedAt: String
    public var finishedAt: String?
}

/// One answer of the attempt being listed, its bytes lent for the call only. In a sealed attempt
/// the question has no key and there is no credit.
public struct ListedAnswer {
    public var questionID: UnsafeRawBufferPointer
    /// The chosen option ids as stored (`a,b`); nil while unanswered.
    public var chosen: UnsafeRawBufferPointer?
    /// The `index` of the question's version as the visitor met it: an integer, so a million
    /// answers do not each touch a version object.
    public var version: Int
    public var credit: Double?

    public init(questionID: UnsafeRawBufferPointer, chosen: UnsafeRawBufferPointer?, version: Int, credit: Double?) {
        self.questionID = questionID
        self.chosen = chosen
        self.version = version
        self.credit = credit
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
