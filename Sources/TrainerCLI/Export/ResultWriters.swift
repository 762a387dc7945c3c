import TrainerCore
import TrainerStore

/// Turns result records into a file format as they stream past.
protocol ResultWriter: ResultVisitor {
    mutating func begin() throws
    mutating func end() throws
}

/// What CSV rows and JSON objects share: each column starts (a comma, in JSON also its key), then
/// its value; numbers and flags are written alike, texts each in their format's quoting. A row is
/// built in `record` and handed to the output whole.
protocol RowFormat: ColumnSink {
    var record: ByteText { get set }
    /// Kept between rows for lists and times that are rewritten before they are quoted.
    var scratch: [UInt8] { get set }
    mutating func startColumn()
    mutating func quote(_ utf8: UnsafeRawBufferPointer)
}

extension RowFormat {
    mutating func text(_ utf8: UnsafeRawBufferPointer) {
        startColumn()
        quote(utf8)
    }

    mutating func timestamp(_ stored: UnsafeRawBufferPointer) {
        startColumn()
        quoteRewritten { StoredTimestamp.appendISO(stored, to: &$0) }
    }

    /// Quotes what `write` puts into the scratch buffer (borrowed for the call, so no copy is made).
    mutating func quoteRewritten(_ write: (inout [UInt8]) -> Void) {
        var bytes: [UInt8] = []
        swap(&bytes, &scratch)
        bytes.removeAll(keepingCapacity: true)
        write(&bytes)
        bytes.withUnsafeBytes { quote($0) }
        swap(&bytes, &scratch)
    }

    mutating func number(_ value: Double) {
        startColumn()
        record.appendJSONNumber(value)
    }

    mutating func integer(_ value: Int64) {
        startColumn()
        record.appendInteger(value)
    }

    mutating func flag(_ value: Bool) {
        startColumn()
        record.append(value ? "true" : "false")
    }
}

/// Keeps the attempt whose answers are being written: one reference to hand on per answer, where
/// the struct would be copied (and its strings retained) every time.
final class CurrentAttempt {
    let attempt: ExportedAttempt
    init(_ attempt: ExportedAttempt) { self.attempt = attempt }
}

/// RFC 4180 CSV: a header row, then one row per record; lists joined with `;`.
///
/// Written by hand rather than with CSV.swift 2.5.2: its writer hands every byte to
/// `OutputStream.write` on its own and scans each field five times, which is too slow for a
/// million rows (see Benchmarks/README.md); quoting is the only rule a writer needs.
struct CSVResultWriter: ResultWriter, RowFormat {
    let output: StreamedOutput
    var record = ByteText()
    var scratch: [UInt8] = []
    private var current: CurrentAttempt?
    private var column = 0
    private var ids = VersionBytes(), keys = VersionBytes()

    init(_ output: StreamedOutput) { self.output = output }

    mutating func begin() throws {
        record.append(ResultColumns.names.joined(separator: ",") + "\r\n")
        try output.endRecord(&record)
    }

    func end() {}

    mutating func attemptBegins(_ attempt: ExportedAttempt) { current = CurrentAttempt(attempt) }

    mutating func answer(_ answer: AnswerBytes) throws {
        guard let current else { return }
        column = 0
        ResultColumns.answer(answer, of: current.attempt, into: &self)
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

    private mutating func endRow() throws {
        record.append("\r\n")
        try output.endRecord(&record)
    }

    mutating func startColumn() {
        if column > 0 { record.append(UInt8(ascii: ",")) }
        column += 1
    }

    mutating func quote(_ utf8: UnsafeRawBufferPointer) { record.appendCSVField(utf8) }

    mutating func idList(_ stored: UnsafeRawBufferPointer) {
        startColumn()
        quoteRewritten { joined in
            forEachStoredID(stored) { id in
                if !joined.isEmpty { joined.append(UInt8(ascii: ";")) }
                joined.append(contentsOf: id)
            }
        }
    }

    mutating func questionID(of version: ServedVersion) {
        startColumn()
        record.append(ids.bytes(version) { ByteText.build { $0.appendCSVField(version.questionID) } })
    }

    mutating func correctIDs(of version: ServedVersion) {
        startColumn()
        record.append(keys.bytes(version) { ByteText.build { $0.appendCSVField((version.correctOptionIDs ?? []).joined(separator: ";")) } })
    }

    mutating func none() { startColumn() }
}

/// One JSON array, an object per record on its own line, every object with the same keys.
struct JSONResultWriter: ResultWriter, RowFormat {
    let output: StreamedOutput
    var record = ByteText()
    var scratch: [UInt8] = []
    private var current: CurrentAttempt?
    private var isFirst = true
    private var column = 0
    private var ids = VersionBytes(), keys = VersionBytes()
    /// `"name":` for every column, encoded once.
    private static let names = ResultColumns.names.map { Array("\"\($0)\":".utf8) }

    init(_ output: StreamedOutput) { self.output = output }

    mutating func begin() throws {
        record.append("[\n")
        try output.endRecord(&record)
    }

    mutating func end() throws {
        record.append(isFirst ? "]\n" : "\n]\n")
        try output.endRecord(&record)
    }

    mutating func attemptBegins(_ attempt: ExportedAttempt) { current = CurrentAttempt(attempt) }

    mutating func answer(_ answer: AnswerBytes) throws {
        guard let current else { return }
        beginObject()
        ResultColumns.answer(answer, of: current.attempt, into: &self)
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
        record.append(isFirst ? "{" : ",\n{")
        isFirst = false
        column = 0
    }

    private mutating func endObject() throws {
        record.append(UInt8(ascii: "}"))
        try output.endRecord(&record)
    }

    /// The member's key (and the comma before all but the first).
    mutating func startColumn() {
        if column > 0 { record.append(UInt8(ascii: ",")) }
        record.append(Self.names[column])
        column += 1
    }

    mutating func quote(_ utf8: UnsafeRawBufferPointer) { record.appendJSONString(utf8) }

    mutating func idList(_ stored: UnsafeRawBufferPointer) {
        startColumn()
        record.append(UInt8(ascii: "["))
        var first = true
        forEachStoredID(stored) { id in
            if !first { record.append(UInt8(ascii: ",")) }
            first = false
            record.appendJSONString(id)
        }
        record.append(UInt8(ascii: "]"))
    }

    mutating func questionID(of version: ServedVersion) {
        startColumn()
        record.append(ids.bytes(version) { ByteText.build { $0.appendJSONString(version.questionID) } })
    }

    mutating func correctIDs(of version: ServedVersion) {
        startColumn()
        record.append(keys.bytes(version) {
            ByteText.build { out in
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
        record.append("null")
    }
}
