/// Fits one line of terminal text into a width by breaking it at spaces, so the terminal never
/// wraps a word in two. Continuation lines keep the line's indent plus two spaces; a word wider
/// than a whole line is cut where it must be. Styles take no room and spacing inside a line
/// (table columns, bars) is kept.
enum LineFitting {
    static func fit(_ line: String, width: Int) -> [String] {
        guard width > 0, MarkdownTerminal.visibleLength(line) > width else { return [line] }
        let indent = min(line.prefix { $0 == " " }.count, width / 2)
        let hanging = String(repeating: " ", count: min(indent + 2, width / 2))
        var lines: [String] = []
        var current = String(repeating: " ", count: indent), used = indent, hasWord = false
        func breakLine() {
            lines.append(current)
            current = hanging
            used = hanging.count
            hasWord = false
        }
        for (gap, word) in tokens(line.dropFirst(indent)) {
            var word = word
            var length = MarkdownTerminal.visibleLength(word)
            if hasWord, used + gap.count + length > width {
                breakLine()
            } else if hasWord || !gap.isEmpty {
                current += gap
                used += gap.count
            }
            while used + length > width {
                let room = width - used
                if room <= 0 { breakLine(); continue }
                let (head, rest) = split(word, visible: room)
                current += head
                lines.append(current)
                current = hanging
                used = hanging.count
                word = rest
                length = MarkdownTerminal.visibleLength(word)
            }
            current += word
            used += length
            hasWord = true
        }
        lines.append(current)
        return lines
    }

    /// The line as (spaces before, word) pairs. A separator (`·`, `—`) stays with the word
    /// before it, so no line starts with one.
    private static func tokens(_ text: Substring) -> [(gap: String, word: String)] {
        var result: [(gap: String, word: String)] = []
        var gap = "", word = ""
        for ch in text {
            if ch == " " {
                if (word == "·" || word == "—"), let last = result.indices.last {
                    result[last].word += gap + word
                    gap = ""
                    word = ""
                } else if !word.isEmpty {
                    result.append((gap, word))
                    gap = ""
                    word = ""
                }
                gap.append(ch)
            } else {
                word.append(ch)
            }
        }
        if !word.isEmpty { result.append((gap, word)) }
        return result
    }

    /// The first `visible` characters of `word` (escape sequences ride along) and the rest.
    private static func split(_ word: String, visible: Int) -> (String, String) {
        var head = "", count = 0, inEscape = false
        var index = word.startIndex
        while index < word.endIndex {
            let ch = word[index]
            if ch == "\u{1B}" {
                inEscape = true
            } else if inEscape {
                if ch == "m" { inEscape = false }
            } else {
                if count == visible { break }
                count += 1
            }
            head.append(ch)
            index = word.index(after: index)
        }
        return (head, String(word[index...]))
    }
}
