import Foundation

/// Renders lesson Markdown for a terminal: headings, emphasis, lists, block quotes, code and
/// tables, wrapped to the width. With styling off, the text stays plain and readable.
struct MarkdownTerminal {
    var style: Style
    var width: Int = 100

    func render(_ markdown: String) -> String {
        var out: [String] = []
        var lines = markdown.components(separatedBy: "\n")[...]
        while let line = lines.popFirst() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") {
                while let code = lines.popFirst(), !code.trimmingCharacters(in: .whitespaces).hasPrefix("```") {
                    out.append("    " + style.cyan(code))
                }
            } else if trimmed.hasPrefix("|") {
                var rows = [trimmed]
                while let next = lines.first, next.trimmingCharacters(in: .whitespaces).hasPrefix("|") {
                    rows.append(next.trimmingCharacters(in: .whitespaces))
                    lines.removeFirst()
                }
                out.append(contentsOf: table(rows))
            } else if let level = headingLevel(trimmed) {
                let text = inline(String(trimmed.dropFirst(level + 1)))
                out.append(level == 1 ? style.bold(text.uppercased()) : style.bold(text))
                if level == 1 { out.append(String(repeating: "═", count: min(width, text.count))) }
            } else if trimmed.hasPrefix("> ") {
                out.append(contentsOf: wrap(inline(String(trimmed.dropFirst(2))), indent: "  │ "))
            } else if let (marker, rest) = listItem(line) {
                out.append(contentsOf: wrap(inline(rest), indent: marker, hanging: String(repeating: " ", count: marker.count)))
            } else if trimmed == "---" || trimmed == "***" {
                out.append(style.dim(String(repeating: "─", count: min(40, width))))
            } else {
                out.append(contentsOf: trimmed.isEmpty ? [""] : wrap(inline(trimmed), indent: ""))
            }
        }
        return out.joined(separator: "\n")
    }

    private func headingLevel(_ line: String) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        return (1...6).contains(hashes) && line.dropFirst(hashes).hasPrefix(" ") ? hashes : nil
    }

    /// `- item`, `* item`, `1. item` (indented ones nest): the marker to print and the text.
    private func listItem(_ line: String) -> (String, String)? {
        let indent = String(repeating: " ", count: line.prefix { $0 == " " }.count)
        let body = line.drop { $0 == " " }
        if body.hasPrefix("- ") || body.hasPrefix("* ") || body.hasPrefix("+ ") {
            let rest = String(body.dropFirst(2))
            if rest.hasPrefix("[ ] ") { return ("\(indent)  ☐ ", String(rest.dropFirst(4))) }
            if rest.hasPrefix("[x] ") { return ("\(indent)  ☑ ", String(rest.dropFirst(4))) }
            return ("\(indent)  • ", rest)
        }
        let digits = body.prefix { $0.isNumber }
        if !digits.isEmpty, body.dropFirst(digits.count).hasPrefix(". ") {
            return ("\(indent)  \(digits). ", String(body.dropFirst(digits.count + 2)))
        }
        return nil
    }

    /// `**bold**`, `*em*`/`_em_`, `` `code` ``, `[text](url)`.
    func inline(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let first = rest.first {
            if rest.hasPrefix("**"), let end = rest.dropFirst(2).range(of: "**") {
                result += style.bold(String(rest[rest.index(rest.startIndex, offsetBy: 2)..<end.lowerBound]))
                rest = rest[end.upperBound...]
            } else if first == "`", let end = rest.dropFirst().firstIndex(of: "`") {
                result += style.cyan(String(rest[rest.index(after: rest.startIndex)..<end]))
                rest = rest[rest.index(after: end)...]
            } else if (first == "*" || first == "_"), rest.count > 2, rest.dropFirst().first != " ",
                      let end = rest.dropFirst().firstIndex(of: first), end > rest.index(after: rest.startIndex) {
                result += style.enabled ? "\u{1B}[3m\(rest[rest.index(after: rest.startIndex)..<end])\u{1B}[0m" : String(rest[rest.index(after: rest.startIndex)..<end])
                rest = rest[rest.index(after: end)...]
            } else if first == "[", let close = rest.firstIndex(of: "]"), rest[close...].dropFirst().first == "(",
                      let paren = rest[close...].firstIndex(of: ")") {
                let label = rest[rest.index(after: rest.startIndex)..<close]
                let url = rest[rest.index(close, offsetBy: 2)..<paren]
                result += "\(label) " + style.dim("(\(url))")
                rest = rest[rest.index(after: paren)...]
            } else {
                result.append(first)
                rest = rest.dropFirst()
            }
        }
        return result
    }

    private func table(_ rows: [String]) -> [String] {
        let cells = rows.filter { !$0.replacingOccurrences(of: "|", with: "").allSatisfy { "-: ".contains($0) } }.map { row in
            // Only the outer pipes go: an empty first cell (`| | Start |`) must stay a cell.
            var inner = Substring(row)
            if inner.hasPrefix("|") { inner = inner.dropFirst() }
            if inner.hasSuffix("|") { inner = inner.dropLast() }
            return inner.components(separatedBy: "|").map { inline($0.trimmingCharacters(in: .whitespaces)) }
        }
        guard let header = cells.first else { return [] }
        let limit = width == .max ? nil : width - 2
        return ["  " + Table.render(header, Array(cells.dropFirst()), style: style, width: limit).replacingOccurrences(of: "\n", with: "\n  ")]
    }

    private func wrap(_ text: String, indent: String, hanging: String? = nil) -> [String] {
        TextWrap.lines(text, width: width, indent: indent, hanging: hanging)
    }

    static func visibleLength(_ text: String) -> Int {
        var count = 0
        var inEscape = false
        for ch in text.unicodeScalars {
            if ch == "\u{1B}" { inEscape = true } else if inEscape { if ch == "m" { inEscape = false } } else { count += 1 }
        }
        return count
    }
}
