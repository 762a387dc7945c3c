import Foundation
import TrainerCore
import TrainerStore

/// `results --json` written as bytes while the attempts stream past, in exactly the layout
/// `JSONOutput.render` gives for `[ResultsCommand.Row]` (keys sorted, two-space indent,
/// `"key" : value`, JSONEncoder's escapes and numbers); a test holds it to those bytes. Each
/// distinct set of correct ids is encoded once, and versions point at it by number.
struct AttemptListingJSON: AttemptListVisitor {
    let output: StreamedOutput
    private var attempts = 0
    private var answers = 0
    /// The attempt's members after `answers`, written when its answers are done.
    private var trailer: [UInt8] = []
    /// The attempt being written, handed to `output` whole when it ends (appending to a local
    /// array is cheaper than to the shared buffer, a million times over).
    private var record = ByteText()
    /// Per version index, which of `keyTexts` its key is written as; -1 when sealed.
    private var keyOf: [Int32] = []
    /// The `correct` arrays as written, one per distinct list of ids (a handful: versions share them).
    private var keyTexts: [[UInt8]] = []
    private var keyNumbers: [[String]: Int32] = [:]
    private var ids: [UnsafeRawBufferPointer] = []
    /// Stored times become ISO text by bytes in UTC; elsewhere through the formatter.
    private let isUTC = TimeZone.current.secondsFromGMT() == 0 && TimeZone.current.nextDaylightSavingTimeTransition == nil

    init(_ output: StreamedOutput) { self.output = output }

    mutating func attemptBegins(_ attempt: ListedAttempt) {
        record.utf8.append(contentsOf: (attempts == 0 ? "[\n  {\n    \"answers\" : [\n" : ",\n  {\n    \"answers\" : [\n").utf8)
        attempts += 1
        answers = 0
        var out = Array("\n    ],\n    \"finished_at\" : ".utf8)
        if let finished = attempt.finishedAt { Self.time(finished, isUTC: isUTC, into: &out) } else { out.append(contentsOf: "null".utf8) }
        out.append(contentsOf: ",\n    \"id\" : ".utf8)
        out.append(contentsOf: String(attempt.id).utf8)
        out.append(contentsOf: ",\n    \"kind\" : ".utf8)
        Self.quote(attempt.kind.rawValue, into: &out)
        out.append(contentsOf: ",\n    \"passed\" : ".utf8)
        out.append(contentsOf: (attempt.passed.map { $0 ? "true" : "false" } ?? "null").utf8)
        out.append(contentsOf: ",\n    \"reconstructed\" : ".utf8)
        out.append(contentsOf: (attempt.reconstructed ? "true" : "false").utf8)
        out.append(contentsOf: ",\n    \"score\" : ".utf8)
        if let score = attempt.score { Self.number(score, into: &out) } else { out.append(contentsOf: "null".utf8) }
        out.append(contentsOf: ",\n    \"sealed\" : ".utf8)
        out.append(contentsOf: (attempt.isSealed ? "true" : "false").utf8)
        out.append(contentsOf: ",\n    \"started_at\" : ".utf8)
        Self.time(attempt.startedAt, isUTC: isUTC, into: &out)
        out.append(contentsOf: ",\n    \"state\" : ".utf8)
        Self.quote(attempt.state.rawValue, into: &out)
        out.append(contentsOf: ",\n    \"topic\" : ".utf8)
        Self.quote(attempt.topic, into: &out)
        out.append(contentsOf: ",\n    \"user\" : ".utf8)
        Self.quote(attempt.user, into: &out)
        out.append(contentsOf: "\n  }".utf8)
        trailer = out
    }

    mutating func version(_ version: ServedVersion) {
        if version.index >= keyOf.count { keyOf.append(contentsOf: repeatElement(-1, count: version.index - keyOf.count + 1)) }
        guard let correct = version.correctOptionIDs else { return }
        if let known = keyNumbers[correct] { return keyOf[version.index] = known }
        var bytes: [UInt8] = []
        Self.array(correct, into: &bytes)
        keyOf[version.index] = Int32(keyTexts.count)
        keyNumbers[correct] = Int32(keyTexts.count)
        keyTexts.append(bytes)
    }

    mutating func answer(_ answer: ListedAnswer) {
        record.utf8.appendLiteral(answers == 0 ? "      {\n        \"chosen\" : " : ",\n      {\n        \"chosen\" : ")
        answers += 1
        chosen(answer.chosen)
        if answer.version < keyOf.count, keyOf[answer.version] >= 0 {
            record.utf8.appendLiteral(",\n        \"correct\" : ")
            record.utf8.append(contentsOf: keyTexts[Int(keyOf[answer.version])])
        }
        if let credit = answer.credit {
            record.utf8.appendLiteral(",\n        \"credit\" : ")
            Self.number(credit, into: &record.utf8)
        }
        record.utf8.appendLiteral(",\n        \"question\" : ")
        Self.quote(answer.questionID, into: &record.utf8)
        record.utf8.appendLiteral("\n      }")
    }

    mutating func attemptEnds() throws {
        record.utf8.append(contentsOf: trailer)
        try output.endRecord(&record)
    }

    /// Closes the array (`[\n\n]` when there was nothing, as JSONEncoder writes an empty one).
    mutating func end() throws {
        record.append(attempts == 0 ? "[\n\n]\n" : "\n]\n")
        try output.endRecord(&record)
        try output.flush()
    }

    // MARK: - Values

    /// The chosen ids as a set, sorted: by bytes when they are ASCII (the same order as Swift's
    /// String comparison), through String otherwise.
    private mutating func chosen(_ stored: UnsafeRawBufferPointer?) {
        guard let stored else { return record.utf8.appendLiteral("[\n\n        ]") }
        guard stored.allSatisfy({ $0 < 0x80 }) else {
            let items = Set(String(decoding: stored, as: UTF8.self).split(separator: ",").map(String.init)).sorted()
            return Self.array(items, into: &record.utf8)
        }
        ids.removeAll(keepingCapacity: true)
        forEachStoredID(stored) { ids.append($0) }
        if ids.count > 1 { ids.sort { $0.lexicographicallyPrecedes($1) } }
        record.utf8.appendLiteral("[\n")
        var previous: UnsafeRawBufferPointer?
        for id in ids where previous.map({ !$0.elementsEqual(id) }) ?? true {
            if previous != nil { record.utf8.appendLiteral(",\n") }
            record.utf8.appendLiteral("          ")
            Self.quote(id, into: &record.utf8)
            previous = id
        }
        record.utf8.appendLiteral("\n        ]")
    }

    private static func time(_ stored: String, isUTC: Bool, into out: inout [UInt8]) {
        var stored = stored
        stored.withUTF8 { utf8 in
            out.append(UInt8(ascii: "\""))
            if !(isUTC && StoredTimestamp.appendUTCSeconds(UnsafeRawBufferPointer(utf8), to: &out)) {
                let text = StoredTimestamp.date(UnsafeRawBufferPointer(utf8)).map(Format.iso) ?? String(decoding: utf8, as: UTF8.self)
                out.append(contentsOf: text.utf8)
            }
            out.append(UInt8(ascii: "\""))
        }
    }

    /// An array of strings at the depth of an answer's members.
    private static func array(_ items: [String], into out: inout [UInt8]) {
        out.append(contentsOf: "[\n".utf8)
        for (index, item) in items.enumerated() {
            out.append(contentsOf: "          ".utf8)
            quote(item, into: &out)
            if index < items.count - 1 { out.append(contentsOf: ",\n".utf8) }
        }
        out.append(contentsOf: "\n        ]".utf8)
    }

    /// As JSONEncoder writes a Double: Swift's shortest form, without a trailing `.0`.
    private static func number(_ value: Double, into out: inout [UInt8]) {
        if value == 0 || value == 1, value.sign == .plus { return out.append(value == 0 ? UInt8(ascii: "0") : UInt8(ascii: "1")) }
        let text = value.description
        out.append(contentsOf: (text.hasSuffix(".0") ? text.dropLast(2) : Substring(text)).utf8)
    }

    private static func quote(_ text: String, into out: inout [UInt8]) {
        var text = text
        text.withUTF8 { quote(UnsafeRawBufferPointer($0), into: &out) }
    }

    /// Escaped as JSONEncoder does with `.withoutEscapingSlashes`: quotes, backslashes and
    /// control characters; DEL and everything beyond ASCII as they are.
    private static func quote(_ utf8: UnsafeRawBufferPointer, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out.append(contentsOf: utf8)
        } else {
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "\""): out.append(contentsOf: [92, 34])
                case UInt8(ascii: "\\"): out.append(contentsOf: [92, 92])
                case 10: out.append(contentsOf: [92, UInt8(ascii: "n")])
                case 13: out.append(contentsOf: [92, UInt8(ascii: "r")])
                case 9: out.append(contentsOf: [92, UInt8(ascii: "t")])
                case 8: out.append(contentsOf: [92, UInt8(ascii: "b")])
                case 12: out.append(contentsOf: [92, UInt8(ascii: "f")])
                case 0..<0x20:
                    out.append(contentsOf: [92, UInt8(ascii: "u"), 48, 48, .hexDigit(byte >> 4), .hexDigit(byte & 15)])
                default: out.append(byte)
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
