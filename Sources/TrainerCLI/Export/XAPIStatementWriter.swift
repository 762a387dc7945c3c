import Crypto
import Foundation
import TrainerCore

/// xAPI 1.0.3 statements, one JSON object per line, ready to POST to an LRS:
/// - `answered` per answered question: a `cmi.interaction` of type `choice`, the response in its
///   `a[,]b` pattern, success and credit as `score.scaled`;
/// - `completed` per submitted attempt, then `passed` or `failed` (quizzes and exams);
/// - `completed` and `passed`/`failed` per finished role-play (its rubric score out of 100).
/// A sealed attempt (an exam whose session is still open) gives answers and completion only.
/// Statement ids are name-based UUIDs of the record, so a re-export does not duplicate in an LRS.
struct XAPIStatementWriter: ResultWriter {
    /// The system's home page: agents' accounts live there, activity ids start with it.
    let homePage: String
    /// Each question version's activity JSON, keyed by version and whether the key is shown.
    private var activities: [String: [UInt8]] = [:]
    private var actors: [String: [UInt8]] = [:]
    private var lastContext: (attempt: Int64, answered: Bool, bytes: [UInt8])?
    private let verbJSON: [String: [UInt8]]
    /// What every statement id is named under (the name is `HOME-PAGE RECORD`).
    private let idPrefix: [UInt8]

    init(homePage: String) {
        self.homePage = homePage.hasSuffix("/") ? String(homePage.dropLast()) : homePage
        idPrefix = Array((self.homePage + " ").utf8)
        verbJSON = Dictionary(uniqueKeysWithValues: [Verb.answered, .completed, .passed, .failed].map { verb in
            (verb.rawValue, Array("\"verb\":{\"id\":\"\(verb.id)\",\"display\":{\"en-US\":\"\(verb.rawValue)\"}},\"object\":".utf8))
        })
    }

    enum Verb: String {
        case answered, completed, passed, failed
        var id: String { "http://adlnet.gov/expapi/verbs/\(rawValue)" }
    }

    static let interactionType = "http://adlnet.gov/expapi/activities/cmi.interaction"
    static let assessmentType = "http://adlnet.gov/expapi/activities/assessment"
    static let simulationType = "http://adlnet.gov/expapi/activities/simulation"

    func begin(_ output: StreamedOutput) {}
    func end(_ output: StreamedOutput) {}

    mutating func write(_ record: ResultRecord, to output: StreamedOutput) {
        switch record {
        case .answer(let answer):
            guard let chosen = answer.chosen else { return }
            let attempt = answer.attempt
            let result: Result? = answer.credit.map { Result(scaled: $0, success: $0 >= 1 - 1e-9, completion: nil) }
            statement(id: "answer \(attempt.id) \(answer.position)", verb: .answered, user: attempt.user,
                      timestamp: answer.answeredAt ?? attempt.finishedAt, object: activity(for: answer),
                      result: result, response: chosen.joined(separator: "[,]"), parent: attempt, to: output)
        case .attempt(let attempt):
            let object = activityJSON(id: attemptActivity(attempt), type: Self.assessmentType, name: "\(attempt.kind.rawValue) \(attempt.topic)")
            statement(id: "attempt \(attempt.id) completed", verb: .completed, user: attempt.user, timestamp: attempt.finishedAt, object: object,
                      result: Result(scaled: attempt.score, success: nil, completion: true), parent: attempt, to: output)
            guard attempt.kind != .review, let passed = attempt.passed else { return }
            statement(id: "attempt \(attempt.id) verdict", verb: passed ? .passed : .failed, user: attempt.user, timestamp: attempt.finishedAt,
                      object: object, result: Result(scaled: attempt.score, success: passed, completion: true), parent: attempt, to: output)
        case .rolePlay(let play):
            let object = activityJSON(id: "\(homePage)/roleplays/\(Self.pathSegment(play.scenario))", type: Self.simulationType, name: play.title)
            let scaled = min(1, max(0, Double(play.score) / 100))
            statement(id: "roleplay \(play.id) completed", verb: .completed, user: play.user, timestamp: play.finishedAt, object: object,
                      result: Result(scaled: scaled, success: nil, completion: true, raw: play.score), parent: nil, to: output)
            statement(id: "roleplay \(play.id) verdict", verb: play.passed ? .passed : .failed, user: play.user, timestamp: play.finishedAt,
                      object: object, result: Result(scaled: scaled, success: play.passed, completion: true, raw: play.score),
                      parent: nil, to: output)
        }
    }

    struct Result {
        var scaled: Double?
        var success: Bool?
        var completion: Bool?
        /// A raw score out of 100 (role-plays); credit and quiz scores are fractions already.
        var raw: Int? = nil
    }

    // MARK: - Statements

    private mutating func statement(id: String, verb: Verb, user: String, timestamp: String, object: [UInt8], result: Result?,
                                    response: String? = nil, parent: ExportedAttempt?, to output: StreamedOutput) {
        output.append("{\"id\":\"")
        output.append(uuid(id))
        output.append("\",\"version\":\"1.0.3\",\"timestamp\":")
        output.appendJSONString(timestamp)
        output.append(actor(user))
        output.append(verbJSON[verb.rawValue] ?? [])
        output.append(object)
        if result != nil || response != nil {
            output.append(",\"result\":{")
            var separator = ""
            if let scaled = result?.scaled {
                let clamped = min(1, max(-1, scaled))
                output.append("\"score\":{\"scaled\":")
                output.appendJSONNumber(clamped)
                if let raw = result?.raw { output.append(",\"raw\":\(raw),\"min\":0,\"max\":100") }
                output.append("}")
                separator = ","
            }
            if let success = result?.success {
                output.append(separator + (success ? "\"success\":true" : "\"success\":false"))
                separator = ","
            }
            if let completion = result?.completion {
                output.append(separator + (completion ? "\"completion\":true" : "\"completion\":false"))
                separator = ","
            }
            if let response {
                output.append(separator + "\"response\":")
                output.appendJSONString(response)
            }
            output.append(UInt8(ascii: "}"))
        }
        output.append(",\"context\":{\"platform\":\"trainer\",\"language\":\"en\"")
        if let parent {
            output.append(context(of: parent, answered: verb == .answered))
        }
        output.append("}}\n")
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
        let registration = uuid("registration \(attempt.id)")
        let bytes = Self.json { out in
            out.append(",\"registration\":\"\(registration)\"")
            if answered {
                out.append(",\"contextActivities\":{\"parent\":[{\"objectType\":\"Activity\",\"id\":")
                out.appendJSONString(attemptActivity(attempt))
                out.append("}]}")
            }
        }
        lastContext = (attempt.id, answered, bytes)
        return bytes
    }

    // MARK: - Activities

    private func attemptActivity(_ attempt: ExportedAttempt) -> String {
        let folder = switch attempt.kind {
        case .quiz: "quizzes"
        case .review: "reviews"
        case .exam: "exams"
        }
        return "\(homePage)/\(folder)/\(Self.pathSegment(attempt.topic))"
    }

    /// A question as a `choice` interaction, options in the author's order; the correct responses
    /// only where the key may be shown. Built once per question version.
    private mutating func activity(for answer: ExportedAnswer) -> [UInt8] {
        let sealed = answer.attempt.isSealed
        let key = (sealed ? "sealed " : "open ") + answer.questionVersion + " " + answer.question.id
        if let known = activities[key] { return known }
        let question = answer.question
        let bytes = Self.json { out in
            out.append("{\"objectType\":\"Activity\",\"id\":")
            out.appendJSONString("\(homePage)/questions/\(Self.pathSegment(question.id))")
            out.append(",\"definition\":{\"type\":\"\(Self.interactionType)\",\"name\":{\"en-US\":")
            out.appendJSONString(question.id)
            out.append("},\"description\":{\"en-US\":")
            out.appendJSONString(question.prompt.trimmingCharacters(in: .whitespacesAndNewlines))
            out.append("},\"interactionType\":\"choice\"")
            if !sealed {
                out.append(",\"correctResponsesPattern\":[")
                out.appendJSONString(question.correctOptionIDs.joined(separator: "[,]"))
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
        activities[key] = bytes
        return bytes
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

    private static func json(_ build: (StreamedOutput) -> Void) -> [UInt8] {
        let scratch = StreamedOutput(chunkSize: .max) { _ in }
        build(scratch)
        return scratch.bytes
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : "\(value)"
    }

    /// An id as one IRI path segment.
    static func pathSegment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? text
    }

    // MARK: - Name-based ids

    /// Fixed namespace of trainer's statement ids (RFC 4122 version 5: SHA-1 of namespace and name).
    private static let namespace: [UInt8] = [0x6b, 0x1f, 0x3c, 0x52, 0x8d, 0x4e, 0x4a, 0x27, 0x9c, 0x11, 0x5e, 0x2d, 0x70, 0x33, 0xa4, 0x19]
    private static let hexDigits = Array("0123456789abcdef".utf8)

    func uuid(_ record: String) -> String {
        var hasher = Insecure.SHA1()
        hasher.update(data: Self.namespace)
        hasher.update(data: idPrefix)
        var record = record
        record.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        var bytes = Array(hasher.finalize().prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        var text: [UInt8] = []
        text.reserveCapacity(36)
        for (index, byte) in bytes.enumerated() {
            if [4, 6, 8, 10].contains(index) { text.append(UInt8(ascii: "-")) }
            text.append(Self.hexDigits[Int(byte >> 4)])
            text.append(Self.hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
