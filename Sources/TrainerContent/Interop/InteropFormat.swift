import Foundation
import TrainerCore

/// The formats `import` reads and `export bank` writes.
public enum InteropFormat: String, Sendable, CaseIterable {
    case gift
    case moodleXML = "moodle-xml"

    /// Moodle writes both formats in UTF-8. Other bytes are refused before parsing: besides
    /// being unreadable text, they crash Foundation's XMLParser on Linux (an element name with
    /// invalid UTF-8 reaches a forced decode inside FoundationXML).
    public func parse(_ data: [UInt8], path: String) -> MoodleFile {
        guard let text = String(validating: data, as: UTF8.self) else {
            let line = firstBadLine(data)
            return MoodleFile(problems: [Diagnostic(path: path, line: line, message:
                "not UTF-8 text (line \(line)): save the file as UTF-8 and import it again")])
        }
        switch self {
        case .gift: return GIFTParser.parse(text, path: path)
        case .moodleXML: return MoodleXMLParser.parse(Data(data), path: path)
        }
    }

    public func write(_ bank: QuestionBank) -> String {
        let export = BankExport(bank)
        switch self {
        case .gift: return GIFTWriter.write(export)
        case .moodleXML: return MoodleXMLWriter.write(export)
        }
    }

    private func firstBadLine(_ data: [UInt8]) -> Int {
        var line = 1, start = 0
        for (index, byte) in data.enumerated() where byte == 0x0A {
            if String(validating: data[start..<index], as: UTF8.self) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }
}
