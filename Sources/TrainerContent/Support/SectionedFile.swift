import Foundation
import TrainerCore

/// Named byte sections behind a short text index, so a reader decodes only the sections it needs.
///
///     <header line>
///     exams 0 9120
///     plans 9120 2210
///     ...
///     (empty line, then the sections' bytes)
struct SectionedFile: Sendable {
    private let data: Data
    /// Section name → its bytes' range in `data`, in the order written.
    private let ranges: [(name: String, range: Range<Int>)]

    /// Reads the index; nil when the file does not start with `header` or is cut short. Read as
    /// bytes: every command reads the index of the content's entry and of each bank it uses.
    init?(_ data: Data, header: String) {
        guard let (ranges, payload) = data.withUnsafeBytes({ Self.index($0, header: header) }) else { return nil }
        let start = data.startIndex + payload
        var absolute: [(name: String, range: Range<Int>)] = []
        absolute.reserveCapacity(ranges.count)
        for (name, range) in ranges {
            guard range.upperBound <= data.count - payload else { return nil }
            absolute.append((name, (start + range.lowerBound)..<(start + range.upperBound)))
        }
        self.data = data
        self.ranges = absolute
    }

    /// The index's sections, their ranges counted from the payload, and where the payload starts.
    private static func index(_ bytes: UnsafeRawBufferPointer, header: String) -> ([(String, Range<Int>)], Int)? {
        let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " ")
        guard let end = bytes.indices.dropLast().first(where: { bytes[$0] == newline && bytes[$0 + 1] == newline }) else { return nil }
        let lines = bytes[..<end].split(separator: newline)
        guard let first = lines.first, first.elementsEqual(header.utf8) else { return nil }
        var ranges: [(String, Range<Int>)] = []
        for line in lines.dropFirst() {
            // `name offset length`; a name may hold spaces (`plan support`).
            guard let lengthStart = line.lastIndex(of: space), let offsetStart = line[..<lengthStart].lastIndex(of: space),
                  offsetStart > line.startIndex,
                  let offset = number(bytes, (offsetStart + 1)..<lengthStart), let length = number(bytes, (lengthStart + 1)..<line.endIndex),
                  offset <= Int.max - length else { return nil }
            ranges.append((String(decoding: line[..<offsetStart], as: UTF8.self), offset..<(offset + length)))
        }
        return (ranges, end + 2)
    }

    /// The decimal number of 1 to 18 digits in `range`; nil for anything else.
    private static func number(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Int? {
        (1...18).contains(range.count) ? DateTimeFields.number(bytes, range) : nil
    }

    /// The file at `url`, mapped rather than read: a reader touches only the pages of the
    /// sections it decodes. Entries are replaced by rename, never rewritten in place.
    init?(contentsOf url: URL, header: String) {
        guard let data = try? Data(contentsOf: url, options: .alwaysMapped) else { return nil }
        self.init(data, header: header)
    }

    var names: [String] { ranges.map(\.name) }

    func section(_ name: String) -> Data? {
        ranges.first { $0.name == name }.map { data[$0.range] }
    }

    func decode<T: Decodable>(_ type: T.Type, _ name: String) -> T? {
        section(name).flatMap { try? JSONDecoder().decode(type, from: $0) }
    }

    /// The bytes of a file holding `sections` in this order.
    static func encode(header: String, _ sections: [(name: String, bytes: Data)]) -> Data {
        var index = header + "\n", offset = 0
        for (name, bytes) in sections {
            index += "\(name) \(offset) \(bytes.count)\n"
            offset += bytes.count
        }
        var file = Data((index + "\n").utf8)
        file.reserveCapacity(file.count + offset)
        for (_, bytes) in sections { file.append(bytes) }
        return file
    }
}
