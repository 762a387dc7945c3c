import Crypto
import Foundation
import TrainerCore
import TrainerStore

/// xAPI 1.0.3 statements, one JSON object per line, ready to POST to an LRS:
/// - `answered` per answered question: a `cmi.interaction` of type `choice`, the response in its
///   `a[,]b` pattern, success and credit as `score.scaled`; the activity's definition (prompt,
///   choices, correct pattern) rides with the first statement about that question version only,
///   since an LRS keeps an activity's definition once it has seen it;
/// - `completed` per submitted attempt, then `passed` or `failed` (quizzes and exams);
/// - `completed` and `passed`/`failed` per finished role-play (its rubric score out of 100).
/// A sealed attempt (an exam whose session is still open) gives answers and completion only.
/// Statement ids are name-based UUIDs of the record, so a re-export does not duplicate in an LRS.
struct XAPIStatementWriter: ResultWriter {
    let output: StreamedOutput
    /// The system's home page: agents' accounts live there, activity ids start with it.
    let homePage: String
    /// Each question version's activity: with its definition (the first time), then by id alone.
    private var defined = VersionBytes(), referenced = VersionBytes()
    private var actors: [String: [UInt8]] = [:]
    private var attemptActivities: [String: String] = [:]
    private var lastContext: (attempt: Int64, answered: Bool, bytes: [UInt8])?
    /// What every `answered` statement of the current attempt shares.
    private var current: XAPIAttempt?
    private var record = ByteText()
    private var scratch: [UInt8] = []
    private let verbJSON: [String: [UInt8]]
    /// The hash of what every statement id is named under (the name is `HOME-PAGE RECORD`).
    private let seeded: Insecure.SHA1
    private let answeredVerb: [UInt8]

    init(_ output: StreamedOutput, homePage: String) {
        self.output = output
        self.homePage = homePage.hasSuffix("/") ? String(homePage.dropLast()) : homePage
        var seeded = Insecure.SHA1()
        seeded.update(data: Self.namespace)
        seeded.update(data: Array((self.homePage + " ").utf8))
        self.seeded = seeded
        verbJSON = Dictionary(uniqueKeysWithValues: [Verb.answered, .completed, .passed, .failed].map { verb in
            (verb.rawValue, Array("\"verb\":{\"id\":\"\(verb.id)\",\"display\":{\"en-US\":\"\(verb.rawValue)\"}},\"object\":".utf8))
        })
        answeredVerb = verbJSON[Verb.answered.rawValue] ?? []
    }

    enum Verb: String {
        case answered, completed, passed, failed
        var id: String { "http://adlnet.gov/expapi/verbs/\(rawValue)" }
    }

    static let interactionType = "http://adlnet.gov/expapi/activities/cmi.interaction"
    static let assessmentType = "http://adlnet.gov/expapi/activities/assessment"
    static let simulationType = "http://adlnet.gov/expapi/activities/simulation"

    func begin() {}
    func end() {}

    mutating func attemptBegins(_ attempt: ExportedAttempt) {
        current = XAPIAttempt(attempt, actor: actor(attempt.user), context: context(of: attempt, answered: true))
    }

    /// The hot path (a million of these): everything per attempt or per version is made once.
    mutating func answer(_ answer: AnswerBytes) throws {
        guard let chosen = answer.chosen, let current else { return }
        // The scratch buffer is borrowed into a local while the record is appended to.
        var work: [UInt8] = []
        swap(&work, &scratch)
        defer { swap(&work, &scratch) }
        work.removeAll(keepingCapacity: true)
        work.append(contentsOf: current.idPrefix)
        work.append(contentsOf: String(answer.position).utf8)
        record.append("{\"id\":\"")
        work.withUnsafeBytes { Self.appendUUID($0, seeded: seeded, to: &record) }
        record.append("\",\"version\":\"1.0.3\",\"timestamp\":")
        if let answeredAt = answer.answeredAt {
            work.removeAll(keepingCapacity: true)
            StoredTimestamp.appendISO(answeredAt, to: &work)
            work.withUnsafeBytes { record.appendJSONString($0) }
        } else {
            record.appendJSONString(current.attempt.finishedAt)
        }
        record.append(current.actor)
        record.append(answeredVerb)
        record.append(activity(for: answer.question))
        record.append(",\"result\":{")
        if let credit = answer.credit {
            record.append("\"score\":{\"scaled\":")
            record.appendJSONNumber(min(1, max(-1, credit)))
            record.append(credit >= 1 - 1e-9 ? "},\"success\":true," : "},\"success\":false,")
        }
        record.append("\"response\":")
        work.removeAll(keepingCapacity: true)
        forEachStoredID(chosen) { id in
            if !work.isEmpty { work.append(contentsOf: Self.responseSeparator) }
            work.append(contentsOf: id)
        }
        work.withUnsafeBytes { record.appendJSONString($0) }
        record.append("},\"context\":{\"platform\":\"trainer\",\"language\":\"en\"")
        record.append(current.context)
        record.append("}}\n")
        try output.endRecord(&record)
    }

    private static let responseSeparator = Array("[,]".utf8)

    mutating func attemptEnds(_ attempt: ExportedAttempt) throws {
        let activity = attemptActivity(attempt)
        let object = activityJSON(id: activity, type: Self.assessmentType, name: "\(attempt.kind.rawValue) \(attempt.topic)")
        statement(id: "attempt \(attempt.id) completed", verb: .completed, user: attempt.user, timestamp: attempt.finishedAt, object: object,
                  result: Result(scaled: attempt.score, success: nil, completion: true), parent: attempt)
        if attempt.kind != .review, let passed = attempt.passed {
            statement(id: "attempt \(attempt.id) verdict", verb: passed ? .passed : .failed, user: attempt.user, timestamp: attempt.finishedAt,
                      object: object, result: Result(scaled: attempt.score, success: passed, completion: true), parent: attempt)
        }
        current = nil
        try output.endRecord(&record)
    }

    mutating func rolePlay(_ play: ExportedRolePlay) throws {
        let object = activityJSON(id: "\(homePage)/roleplays/\(Self.pathSegment(play.scenario))", type: Self.simulationType, name: play.title)
        let scaled = min(1, max(0, Double(play.score) / 100))
        statement(id: "roleplay \(play.id) completed", verb: .completed, user: play.user, timestamp: play.finishedAt, object: object,
                  result: Result(scaled: scaled, success: nil, completion: true, raw: play.score), parent: nil)
        statement(id: "roleplay \(play.id) verdict", verb: play.passed ? .passed : .failed, user: play.user, timestamp: play.finishedAt,
                  object: object, result: Result(scaled: scaled, success: play.passed, completion: true, raw: play.score), parent: nil)
        try output.endRecord(&record)
    }

    struct Result {
        var scaled: Double?
        var success: Bool?
        var completion: Bool?
        /// A raw score out of 100 (role-plays); credit and quiz scores are fractions already.
        var raw: Int? = nil
    }

    // MARK: - Statements

    /// A statement about an attempt or a role-play (the few, not the million answers).
    private mutating func statement(id: String, verb: Verb, user: String, timestamp: String, object: [UInt8], result: Result,
                                    parent: ExportedAttempt?) {
        record.append("{\"id\":\"")
        var id = id
        id.withUTF8 { Self.appendUUID(UnsafeRawBufferPointer($0), seeded: seeded, to: &record) }
        record.append("\",\"version\":\"1.0.3\",\"timestamp\":")
        record.appendJSONString(timestamp)
        record.append(actor(user))
        record.append(verbJSON[verb.rawValue] ?? [])
        record.append(object)
        record.append(",\"result\":{")
        var separator = ""
        if let scaled = result.scaled {
            let clamped = min(1, max(-1, scaled))
            record.append("\"score\":{\"scaled\":")
            record.appendJSONNumber(clamped)
            if let raw = result.raw { record.append(",\"raw\":\(raw),\"min\":0,\"max\":100") }
            record.append("}")
            separator = ","
        }
        if let success = result.success {
            record.append(separator + (success ? "\"success\":true" : "\"success\":false"))
            separator = ","
        }
        if let completion = result.completion {
            record.append(separator + (completion ? "\"completion\":true" : "\"completion\":false"))
        }
        record.append(UInt8(ascii: "}"))
        record.append(",\"context\":{\"platform\":\"trainer\",\"language\":\"en\"")
        if let parent {
            record.append(context(of: parent, answered: false))
        }
        record.append("}}\n")
    }

    /// The agent, with the account as its one identifier; the same few people again and again.
    private mutating func actor(_ user: String) -> [UInt8] {
        if let known = actors[user] { return known }
        let bytes = Self.json { out in
            out.append(",\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\":")
            out.appendJSONString(homePage)
            out.append(",\"name\":")
            out.appendJSONString(user)
            out.append("}},")
        }
        actors[user] = bytes
        return bytes
    }

    /// The attempt's registration (and, for an answer, the attempt as parent), kept for its next statement.
    private mutating func context(of attempt: ExportedAttempt, answered: Bool) -> [UInt8] {
        if let last = lastContext, last.attempt == attempt.id, last.answered == answered { return last.bytes }
        var name = "registration \(attempt.id)"
        let parent = answered ? attemptActivity(attempt) : ""
        let bytes = Self.json { out in
            out.append(",\"registration\":\"")
            name.withUTF8 { Self.appendUUID(UnsafeRawBufferPointer($0), seeded: seeded, to: &out) }
            out.append("\"")
            if answered {
                out.append(",\"contextActivities\":{\"parent\":[{\"objectType\":\"Activity\",\"id\":")
                out.appendJSONString(parent)
                out.append("}]}")
            }
        }
        lastContext = (attempt.id, answered, bytes)
        return bytes
    }

    // MARK: - Activities

    /// An attempt's activity id; the same few per topic, so made once each (percent-encoding
    /// through a CharacterSet costs more than the rest of a statement).
    private mutating func attemptActivity(_ attempt: ExportedAttempt) -> String {
        let key = "\(attempt.kind.rawValue) \(attempt.topic)"
        if let known = attemptActivities[key] { return known }
        let folder = switch attempt.kind {
        case .quiz: "quizzes"
        case .review: "reviews"
        case .exam: "exams"
        }
        let id = "\(homePage)/\(folder)/\(Self.pathSegment(attempt.topic))"
        attemptActivities[key] = id
        return id
    }

    /// A question as a `choice` interaction, options in the author's order; the correct responses
    /// only where the key may be shown. The definition goes with the version's first statement,
    /// the activity id alone with the rest; both are built once per version.
    private mutating func activity(for version: ServedVersion) -> [UInt8] {
        if let bare = referenced.known(version) { return bare }
        let id = "\(homePage)/questions/\(Self.pathSegment(version.questionID))"
        _ = referenced.bytes(version) { Self.json { $0.append("{\"objectType\":\"Activity\",\"id\":"); $0.appendJSONString(id); $0.append("}") } }
        let question = version.question
        return defined.bytes(version) {
            Self.json { out in
                out.append("{\"objectType\":\"Activity\",\"id\":")
                out.appendJSONString(id)
                out.append(",\"definition\":{\"type\":\"\(Self.interactionType)\",\"name\":{\"en-US\":")
                out.appendJSONString(question.id)
                out.append("},\"description\":{\"en-US\":")
                out.appendJSONString(question.prompt.trimmingCharacters(in: .whitespacesAndNewlines))
                out.append("},\"interactionType\":\"choice\"")
                if let correct = version.correctOptionIDs {
                    out.append(",\"correctResponsesPattern\":[")
                    out.appendJSONString(correct.joined(separator: "[,]"))
                    out.append(UInt8(ascii: "]"))
                }
                out.append(",\"choices\":[")
                for (index, option) in question.options.enumerated() {
                    if index > 0 { out.append(UInt8(ascii: ",")) }
                    out.append("{\"id\":")
                    out.appendJSONString(option.id)
                    out.append(",\"description\":{\"en-US\":")
                    out.appendJSONString(option.text)
                    out.append("}}")
                }
                out.append("]}}")
            }
        }
    }

    private func activityJSON(id: String, type: String, name: String) -> [UInt8] {
        Self.json { out in
            out.append("{\"objectType\":\"Activity\",\"id\":")
            out.appendJSONString(id)
            out.append(",\"definition\":{\"type\":\"\(type)\",\"name\":{\"en-US\":")
            out.appendJSONString(name)
            out.append("}}}")
        }
    }

    private static func json(_ build: (inout ByteText) -> Void) -> [UInt8] { ByteText.build(build) }

    /// An id as one IRI path segment.
    static func pathSegment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? text
    }

    // MARK: - Name-based ids

    /// Fixed namespace of trainer's statement ids (RFC 4122 version 5: SHA-1 of namespace and name).
    private static let namespace: [UInt8] = [0x6b, 0x1f, 0x3c, 0x52, 0x8d, 0x4e, 0x4a, 0x27, 0x9c, 0x11, 0x5e, 0x2d, 0x70, 0x33, 0xa4, 0x19]

    /// The statement id of a record's name, appended as its 36 characters: the namespace and home
    /// page are hashed once (`seeded`), each record's name on a copy.
    static func appendUUID(_ name: UnsafeRawBufferPointer, seeded: Insecure.SHA1, to output: inout ByteText) {
        var hasher = seeded
        hasher.update(bufferPointer: name)
        let digest = hasher.finalize()
        digest.withUnsafeBytes { digest in
            for index in 0..<16 {
                var byte = digest[index]
                if index == 6 { byte = (byte & 0x0F) | 0x50 }
                if index == 8 { byte = (byte & 0x3F) | 0x80 }
                if index == 4 || index == 6 || index == 8 || index == 10 { output.append(UInt8(ascii: "-")) }
                output.append(.hexDigit(byte >> 4))
                output.append(.hexDigit(byte & 0x0F))
            }
        }
    }
}

/// What every `answered` statement of one attempt shares, made once per attempt and held by
/// reference so an answer does not copy it.
private final class XAPIAttempt {
    let attempt: ExportedAttempt
    let actor: [UInt8]
    let context: [UInt8]
    /// The start of each answer's record name (`answer ID POSITION`).
    let idPrefix: [UInt8]

    init(_ attempt: ExportedAttempt, actor: [UInt8], context: [UInt8]) {
        self.attempt = attempt
        self.actor = actor
        self.context = context
        idPrefix = Array("answer \(attempt.id) ".utf8)
    }
}
