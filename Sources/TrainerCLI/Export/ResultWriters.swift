import TrainerCore
import TrainerStore

/// Turns result records into a file format as they stream past.
protocol ResultWriter: ResultVisitor {
    mutating func begin()
    mutating func end()
}

/// What CSV rows and JSON objects share: each column starts (a comma, in JSON also its key), then
/// its value; numbers and flags are written alike, texts each in their format's quoting.
protocol RowFormat: ColumnSink {
    var output: StreamedOutput { get }
    var scratch: [UInt8] { get set }
    mutating func startColumn()
    func quote(_ utf8: UnsafeRawBufferPointer)
}

extension RowFormat {
    mutating func text(_ utf8: UnsafeRawBufferPointer) {
        startColumn()
        quote(utf8)
    }

    mutating func timestamp(_ stored: UnsafeRawBufferPointer) {
        startColumn()
        scratch.removeAll(keepingCapacity: true)
        StoredTimestamp.appendISO(stored, to: &scratch)
        scratch.withUnsafeBytes { quote($0) }
    }

    mutating func number(_ value: Double) {
        startColumn()
        output.appendJSONNumber(value)
    }

    mutating func integer(_ value: Int64) {
        startColumn()
        output.appendInteger(value)
    }

    mutating func flag(_ value: Bool) {
        startColumn()
        output.append(value ? "true" : "false")
    }
}

/// RFC 4180 CSV: a header row, then one row per record; lists joined with `;`.
///
/// Written by hand rather than with CSV.swift 2.5.2: its writer hands every byte to
/// `OutputStream.write` on its own and scans each field five times, which is too slow for a
/// million rows (see Benchmarks/README.md); quoting is the only rule a writer needs.
struct CSVResultWriter: ResultWriter, RowFormat {
    let output: StreamedOutput
    private var attempt: ExportedAttempt?
    private var column = 0
    private var ids = VersionBytes(), keys = VersionBytes()
    var scratch: [UInt8] = []

    init(_ output: StreamedOutput) { self.output = output }

    func begin() { output.append(ResultColumns.names.joined(separator: ",") + "\r\n") }
    func end() {}

    mutating func attemptBegins(_ attempt: ExportedAttempt) { self.attempt = attempt }

    mutating func answer(_ answer: AnswerBytes) throws {
        guard let attempt else { return }
        column = 0
        ResultColumns.answer(answer, of: attempt, into: &self)
        try endRow()
    }

    mutating func attemptEnds(_ attempt: ExportedAttempt) throws {
        column = 0
        ResultColumns.attempt(attempt, into: &self)
        try endRow()
    }

    mutating func rolePlay(_ play: ExportedRolePlay) throws {
        column = 0
        ResultColumns.rolePlay(play, into: &self)
        try endRow()
    }

    private func endRow() throws {
        output.append("\r\n")
        try output.endRecord()
    }

    mutating func startColumn() {
        if column > 0 { output.append(UInt8(ascii: ",")) }
        column += 1
    }

    func quote(_ utf8: UnsafeRawBufferPointer) { output.appendCSVField(utf8) }

    mutating func idList(_ stored: UnsafeRawBufferPointer) {
        startColumn()
        scratch.removeAll(keepingCapacity: true)
        var first = true
        forEachStoredID(stored) { id in
            if !first { scratch.append(UInt8(ascii: ";")) }
            first = false
            scratch.append(contentsOf: id)
        }
        scratch.withUnsafeBytes { output.appendCSVField($0) }
    }

    mutating func questionID(of version: ServedVersion) {
        startColumn()
        output.append(ids.bytes(version) { Self.field(version.questionID) })
    }

    mutating func correctIDs(of version: ServedVersion) {
        startColumn()
        output.append(keys.bytes(version) { Self.field((version.correctOptionIDs ?? []).joined(separator: ";")) })
    }

    mutating func none() { startColumn() }

    private static func field(_ text: String) -> [UInt8] {
        let scratch = StreamedOutput(chunkSize: .max) { _ in }
        scratch.appendCSVField(text)
        return scratch.bytes
    }
}

/// One JSON array, an object per record on its own line, every object with the same keys.
struct JSONResultWriter: ResultWriter, RowFormat {
    let output: StreamedOutput
    private var attempt: ExportedAttempt?
    private var isFirst = true
    private var column = 0
    private var ids = VersionBytes(), keys = VersionBytes()
    var scratch: [UInt8] = []
    /// `"name":` for every column, encoded once.
    private static let names = ResultColumns.names.map { Array("\"\($0)\":".utf8) }

    init(_ output: StreamedOutput) { self.output = output }

    func begin() { output.append("[\n") }
    func end() { output.append(isFirst ? "]\n" : "\n]\n") }

    mutating func attemptBegins(_ attempt: ExportedAttempt) { self.attempt = attempt }

    mutating func answer(_ answer: AnswerBytes) throws {
        guard let attempt else { return }
        beginObject()
        ResultColumns.answer(answer, of: attempt, into: &self)
        try endObject()
    }

    mutating func attemptEnds(_ attempt: ExportedAttempt) throws {
        beginObject()
        ResultColumns.attempt(attempt, into: &self)
        try endObject()
    }

    mutating func rolePlay(_ play: ExportedRolePlay) throws {
        beginObject()
        ResultColumns.rolePlay(play, into: &self)
        try endObject()
    }

    private mutating func beginObject() {
        output.append(isFirst ? "{" : ",\n{")
        isFirst = false
        column = 0
    }

    private func endObject() throws {
        output.append(UInt8(ascii: "}"))
        try output.endRecord()
    }

    /// The member's key (and the comma before all but the first).
    mutating func startColumn() {
        if column > 0 { output.append(UInt8(ascii: ",")) }
        output.append(Self.names[column])
        column += 1
    }

    func quote(_ utf8: UnsafeRawBufferPointer) { output.appendJSONString(utf8) }

    mutating func idList(_ stored: UnsafeRawBufferPointer) {
        startColumn()
        output.append(UInt8(ascii: "["))
        var first = true
        forEachStoredID(stored) { id in
            if !first { output.append(UInt8(ascii: ",")) }
            first = false
            output.appendJSONString(id)
        }
        output.append(UInt8(ascii: "]"))
    }

    mutating func questionID(of version: ServedVersion) {
        startColumn()
        output.append(ids.bytes(version) { Self.json { $0.appendJSONString(version.questionID) } })
    }

    mutating func correctIDs(of version: ServedVersion) {
        startColumn()
        output.append(keys.bytes(version) {
            Self.json { out in
                out.append(UInt8(ascii: "["))
                for (index, id) in (version.correctOptionIDs ?? []).enumerated() {
                    if index > 0 { out.append(UInt8(ascii: ",")) }
                    out.appendJSONString(id)
                }
                out.append(UInt8(ascii: "]"))
            }
        })
    }

    mutating func none() {
        startColumn()
        output.append("null")
    }

    static func json(_ build: (StreamedOutput) -> Void) -> [UInt8] {
        let scratch = StreamedOutput(chunkSize: .max) { _ in }
        build(scratch)
        return scratch.bytes
    }
}
