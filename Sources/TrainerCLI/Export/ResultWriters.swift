import TrainerCore

/// Turns result records into a file format as they stream past.
protocol ResultWriter {
    mutating func begin(_ output: StreamedOutput)
    mutating func write(_ record: ResultRecord, to output: StreamedOutput)
    mutating func end(_ output: StreamedOutput)
}

/// RFC 4180 CSV: a header row, then one row per record; lists joined with `;`.
///
/// Written by hand rather than with CSV.swift 2.5.2: its writer hands every byte to
/// `OutputStream.write` on its own and scans each field five times, which is too slow for a
/// million rows (see Benchmarks/README.md); quoting is the only rule a writer needs.
struct CSVResultWriter: ResultWriter {
    func begin(_ output: StreamedOutput) {
        output.append(ResultColumns.names.joined(separator: ",") + "\r\n")
    }

    func write(_ record: ResultRecord, to output: StreamedOutput) {
        for (index, value) in ResultColumns.values(of: record).enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            switch value {
            case .text(let text): appendField(text, to: output)
            case .number(let number): output.appendJSONNumber(number)
            case .integer(let number): output.append(String(number))
            case .flag(let flag): output.append(flag ? "true" : "false")
            case .list(let items): appendField(items.joined(separator: ";"), to: output)
            case .none: break
            }
        }
        output.append("\r\n")
    }

    func end(_ output: StreamedOutput) {}

    /// Quoted only when it must be: a comma, a quote or a line break inside.
    private func appendField(_ text: String, to output: StreamedOutput) {
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
        guard needsQuotes else { return output.append(text) }
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") { output.append(byte) }
            output.append(byte)
        }
        output.append(UInt8(ascii: "\""))
    }
}

/// One JSON array, an object per record on its own line, every object with the same keys.
struct JSONResultWriter: ResultWriter {
    private var isFirst = true
    /// `"name":` for every column, encoded once.
    private static let keys = ResultColumns.names.map { Array("\"\($0)\":".utf8) }

    func begin(_ output: StreamedOutput) { output.append("[\n") }

    mutating func write(_ record: ResultRecord, to output: StreamedOutput) {
        output.append(isFirst ? "{" : ",\n{")
        isFirst = false
        for (index, (key, value)) in zip(Self.keys, ResultColumns.values(of: record)).enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            output.append(key)
            switch value {
            case .text(let text): output.appendJSONString(text)
            case .number(let number): output.appendJSONNumber(number)
            case .integer(let number): output.append(String(number))
            case .flag(let flag): output.append(flag ? "true" : "false")
            case .list(let items):
                output.append(UInt8(ascii: "["))
                for (i, item) in items.enumerated() {
                    if i > 0 { output.append(UInt8(ascii: ",")) }
                    output.appendJSONString(item)
                }
                output.append(UInt8(ascii: "]"))
            case .none: output.append("null")
            }
        }
        output.append(UInt8(ascii: "}"))
    }

    func end(_ output: StreamedOutput) { output.append(isFirst ? "]\n" : "\n]\n") }
}
