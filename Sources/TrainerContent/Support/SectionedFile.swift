import Foundation

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

    /// Reads the index; nil when the file does not start with `header` or is cut short.
    init?(_ data: Data, header: String) {
        guard let end = data.firstRange(of: Data("\n\n".utf8)) else { return nil }
        let lines = String(decoding: data[data.startIndex..<end.lowerBound], as: UTF8.self).split(separator: "\n")
        guard lines.first == header[...] else { return nil }
        let payload = end.upperBound
        var ranges: [(String, Range<Int>)] = []
        for line in lines.dropFirst() {
            let words = line.split(separator: " ")
            guard words.count >= 3, let offset = Int(words[words.count - 2]), let length = Int(words[words.count - 1]),
                  offset >= 0, length >= 0, payload + offset + length <= data.endIndex else { return nil }
            ranges.append((words.dropLast(2).joined(separator: " "), (payload + offset)..<(payload + offset + length)))
        }
        self.data = data
        self.ranges = ranges
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
