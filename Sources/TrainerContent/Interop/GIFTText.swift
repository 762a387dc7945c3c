import TrainerCore

/// GIFT text with its escapes protected: each character keeps the line it came from, and escaped
/// control characters are stand-ins that splitting on `~ = # { } :` cannot see (FORMATS.md 8).
struct GIFTText {
    private(set) var characters: [Character] = []
    private(set) var lines: [Int] = []

    /// Stand-ins from the private-use area, resolved only by `unescaped`.
    private static let protected: [Character: Character] = [
        "\\": "\u{E000}", "~": "\u{E001}", "=": "\u{E002}", "#": "\u{E003}", "{": "\u{E004}", "}": "\u{E005}", ":": "\u{E006}",
    ]
    private static let restored: [Character: Character] = Dictionary(uniqueKeysWithValues: protected.map { ($1, $0) })

    init(lines source: [(number: Int, text: Substring)]) {
        for (position, line) in source.enumerated() {
            if position > 0 { append("\n", line: line.number) }
            var rest = line.text[...]
            while let character = rest.popFirst() {
                // `\\` is resolved first, so `\\~` is a backslash and then a real `~`.
                if character == "\\", let next = rest.first, let stand = Self.protected[next] {
                    rest.removeFirst()
                    append(stand, line: line.number)
                } else {
                    append(character, line: line.number)
                }
            }
        }
    }

    private init(characters: [Character], lines: [Int]) {
        self.characters = characters
        self.lines = lines
    }

    private mutating func append(_ character: Character, line: Int) {
        characters.append(character)
        lines.append(line)
    }

    var isBlank: Bool { characters.allSatisfy(\.isWhitespace) }
    var count: Int { characters.count }
    var firstLine: Int { lines.first ?? 1 }

    func line(at offset: Int) -> Int { lines.isEmpty ? 1 : lines[min(max(offset, 0), lines.count - 1)] }
    func firstIndex(of character: Character, from start: Int = 0) -> Int? {
        guard start < characters.count else { return nil }
        return characters[start...].firstIndex(of: character)
    }
    func contains(_ character: Character) -> Bool { characters.contains(character) }
    func slice(_ range: Range<Int>) -> GIFTText {
        let clamped = range.clamped(to: 0..<characters.count)
        return GIFTText(characters: Array(characters[clamped]), lines: Array(lines[clamped]))
    }
    /// Moodle's "missing word" text: the part before the answers, a blank, the part after.
    func withBlank(between end: Int, and start: Int) -> GIFTText {
        let line = self.line(at: end)
        return GIFTText(characters: Array(characters[0..<end]) + Array("_____") + Array(characters[start...]),
                        lines: Array(lines[0..<end]) + Array(repeating: line, count: 5) + Array(lines[start...]))
    }
    func slice(from start: Int) -> GIFTText { slice(min(max(start, 0), characters.count)..<characters.count) }
    func hasPrefix(_ prefix: String) -> Bool { characters.starts(with: prefix) }

    /// The same text without leading whitespace.
    var trimmingLeadingWhitespace: GIFTText {
        slice(from: characters.firstIndex { !$0.isWhitespace } ?? characters.count)
    }

    /// The offset of the last occurrence of `needle`.
    func lastOffset(of needle: String) -> Int? {
        let pattern = Array(needle)
        guard characters.count >= pattern.count else { return nil }
        for start in stride(from: characters.count - pattern.count, through: 0, by: -1)
        where Array(characters[start..<start + pattern.count]) == pattern {
            return start
        }
        return nil
    }

    /// A leading `[html]`, `[plain]`… and the text after it; an unknown `[word]` stays text.
    func splittingFormat() -> (MoodleTextFormat?, GIFTText) {
        let text = trimmingLeadingWhitespace
        guard text.characters.first == "[", let close = text.firstIndex(of: "]"),
              let format = MoodleTextFormat(gift: String(text.characters[1..<close])) else { return (nil, self) }
        return (format, text.slice(from: close + 1))
    }

    /// The final text: stand-ins back to their characters, `\n` as a newline, trimmed.
    var unescaped: String {
        var out = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\\", index + 1 < characters.count, characters[index + 1] == "n" {
                out.append("\n")
                index += 2
                continue
            }
            out.append(Self.restored[character] ?? character)
            index += 1
        }
        return out.trimmed
    }
}
