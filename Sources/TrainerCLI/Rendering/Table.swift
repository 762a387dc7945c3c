/// Plain text tables: a header, a rule, left-aligned columns, two spaces apart. Cells may be
/// styled: widths count visible characters only. Given a `width`, the widest text column
/// shrinks (and the next widest, if need be) and its long cells end in `…`, so a row never
/// wraps; when even that cannot fit, each row becomes a short block of `header value` pairs.
enum Table {
    static func render(_ headers: [String], _ rows: [[String]], style: Style = Style(enabled: false), width limit: Int? = nil) -> String {
        let width = MarkdownTerminal.visibleLength
        var widths = headers.indices.map { column in
            ([headers[column]] + rows.map { column < $0.count ? $0[column] : "" }).map(width).max() ?? 0
        }
        if let limit {
            widths = shrink(widths, headers: headers, to: limit)
            if widths.reduce(0, +) + 2 * max(0, widths.count - 1) > limit { return stacked(headers, rows, style: style) }
        }
        func line(_ cells: [String]) -> String {
            padded(cells).trimmingTrailingSpaces
        }
        func padded(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                guard index < widths.count else { return cell }
                let fitted = width(cell) > widths[index] ? truncate(cell, to: widths[index]) : cell
                return index == cells.count - 1 ? fitted : fitted + String(repeating: " ", count: max(0, widths[index] - width(fitted)))
            }.joined(separator: "  ")
        }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        return ([style.bold(line(headers)), style.dim(rule)] + rows.map(line)).joined(separator: "\n")
    }

    /// One block per row: the first cell in bold, then the other cells with their headers.
    static func stacked(_ headers: [String], _ rows: [[String]], style: Style) -> String {
        rows.map { row in
            let pairs = zip(headers, row).dropFirst().filter { !$0.1.isEmpty }.map { ($0.0.isEmpty ? "" : "\($0.0) ") + $0.1 }
            return style.bold(row.first ?? "") + "\n  " + pairs.joined(separator: " · ")
        }.joined(separator: "\n")
    }

    /// Column widths that add up to at most `limit`, taking room from the widest columns first;
    /// a column keeps at least its header and a few characters.
    static func shrink(_ widths: [Int], headers: [String], to limit: Int) -> [Int] {
        var widths = widths
        let floor = headers.map { max($0.count, 6) }
        var excess = widths.reduce(0, +) + 2 * max(0, widths.count - 1) - limit
        // One character at a time from whichever column is widest now: a few hundred steps at most.
        while excess > 0, let widest = widths.indices.filter({ widths[$0] > floor[$0] }).max(by: { widths[$0] < widths[$1] }) {
            widths[widest] -= 1
            excess -= 1
        }
        return widths
    }

    /// `text` cut to `width` visible characters, ending in `…`; styles are dropped from a cut cell.
    static func truncate(_ text: String, to width: Int) -> String {
        let plain = plainText(text)
        guard plain.count > width else { return plain }
        guard width > 1 else { return String(plain.prefix(width)) }
        return String(plain.prefix(width - 1)).trimmingTrailingSpaces + "…"
    }

    private static func plainText(_ text: String) -> String {
        var result = "", inEscape = false
        for ch in text {
            if ch == "\u{1B}" { inEscape = true } else if inEscape { if ch == "m" { inEscape = false } } else { result.append(ch) }
        }
        return result
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
