import TrainerCore
import TrainerStore

/// The columns of `export results --format csv|json`: one list, so the CSV header, its rows and
/// the JSON keys can never drift apart. The `row` column tells the kinds of row apart.
enum ResultColumns {
    static let names = [
        "row", "id", "user", "kind", "topic", "position", "question", "response", "correct", "credit",
        "score", "passed", "sealed", "started_at", "finished_at", "answered_at",
    ]

    /// An answer's values, in the order of `names`, into `row`.
    static func answer(_ answer: AnswerBytes, of attempt: ExportedAttempt, into row: inout some ColumnSink) {
        let version = answer.question
        row.text("answer"); row.integer(attempt.id); row.text(attempt.user); row.text(attempt.kind.rawValue); row.text(attempt.topic)
        row.integer(Int64(answer.position + 1)); row.questionID(of: version)
        if let chosen = answer.chosen { row.idList(chosen) } else { row.none() }
        if version.isSealed { row.none() } else { row.correctIDs(of: version) }
        if let credit = answer.credit { row.number(credit) } else { row.none() }
        row.none(); row.none(); row.flag(attempt.isSealed); row.text(attempt.startedAt); row.text(attempt.finishedAt)
        if let answeredAt = answer.answeredAt { row.timestamp(answeredAt) } else { row.none() }
    }

    /// An attempt's summary row, after its answers.
    static func attempt(_ attempt: ExportedAttempt, into row: inout some ColumnSink) {
        row.text("attempt"); row.integer(attempt.id); row.text(attempt.user); row.text(attempt.kind.rawValue); row.text(attempt.topic)
        for _ in 0..<5 { row.none() }
        if let score = attempt.score { row.number(score) } else { row.none() }
        if let passed = attempt.passed { row.flag(passed) } else { row.none() }
        row.flag(attempt.isSealed); row.text(attempt.startedAt); row.text(attempt.finishedAt); row.none()
    }

    static func rolePlay(_ play: ExportedRolePlay, into row: inout some ColumnSink) {
        row.text("roleplay"); row.integer(play.id); row.text(play.user); row.text("roleplay"); row.text(play.scenario)
        for _ in 0..<5 { row.none() }
        row.number(Double(play.score) / 100); row.flag(play.passed); row.flag(false); row.text(play.startedAt); row.text(play.finishedAt)
        row.none()
    }
}

/// Where a record's values go, one call per column in the order of `ResultColumns.names`: a CSV
/// field or a JSON member each. Texts come as bytes; a question version's id and key are encoded
/// once per version and copied after.
protocol ColumnSink {
    mutating func text(_ utf8: UnsafeRawBufferPointer)
    /// Option ids as stored (`a,b`, empty items skipped), as a list.
    mutating func idList(_ stored: UnsafeRawBufferPointer)
    mutating func questionID(of version: ServedVersion)
    mutating func correctIDs(of version: ServedVersion)
    /// A stored time as ISO 8601 (see `StoredTimestamp.appendISO`).
    mutating func timestamp(_ stored: UnsafeRawBufferPointer)
    mutating func number(_ value: Double)
    mutating func integer(_ value: Int64)
    mutating func flag(_ value: Bool)
    mutating func none()
}

extension ColumnSink {
    mutating func text(_ text: String) {
        var text = text
        text.withUTF8 { self.text(UnsafeRawBufferPointer($0)) }
    }
}

/// Bytes kept per served version (by its `index`), made on first use.
struct VersionBytes {
    private var stored: [[UInt8]?] = []

    func known(_ version: ServedVersion) -> [UInt8]? { version.index < stored.count ? stored[version.index] : nil }

    mutating func bytes(_ version: ServedVersion, make: () -> [UInt8]) -> [UInt8] {
        if let bytes = known(version) { return bytes }
        if version.index >= stored.count { stored.append(contentsOf: repeatElement(nil, count: version.index - stored.count + 1)) }
        let bytes = make()
        stored[version.index] = bytes
        return bytes
    }
}

/// The items of a stored id list (`a,b`), as `IDList.decode` splits it: empty items skipped.
func forEachStoredID(_ stored: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) -> Void) {
    var start = 0
    for index in 0...stored.count where index == stored.count || stored[index] == UInt8(ascii: ",") {
        if index > start { body(UnsafeRawBufferPointer(rebasing: stored[start..<index])) }
        start = index + 1
    }
}
