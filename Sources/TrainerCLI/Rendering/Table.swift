/// Plain text tables: a header, a rule, left-aligned columns, two spaces apart. Cells may be
/// styled: widths count visible characters only.
enum Table {
    static func render(_ headers: [String], _ rows: [[String]], style: Style = Style(enabled: false)) -> String {
        let width = MarkdownTerminal.visibleLength
        let widths = headers.indices.map { column in
            ([headers[column]] + rows.map { column < $0.count ? $0[column] : "" }).map(width).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == cells.count - 1 || index >= widths.count ? cell : cell + String(repeating: " ", count: max(0, widths[index] - width(cell)))
            }.joined(separator: "  ")
        }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        return ([style.bold(line(headers)), style.dim(rule)] + rows.map(line)).joined(separator: "\n")
    }
}
