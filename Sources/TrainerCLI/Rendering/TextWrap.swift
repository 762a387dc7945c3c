import Foundation

/// Word wrapping for the terminal, counting visible characters only (styles take no room).
enum TextWrap {
    static func lines(_ text: String, width: Int, indent: String = "", hanging: String? = nil) -> [String] {
        var lines: [String] = []
        var current = indent
        var visible = indent.count
        var lineStart = indent.count
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let length = MarkdownTerminal.visibleLength(String(word))
            if visible + length + 1 > width, visible > lineStart {
                lines.append(current)
                current = hanging ?? indent
                visible = current.count
                lineStart = visible
            }
            if visible > lineStart {
                current += " "
                visible += 1
            }
            current += word
            visible += length
        }
        lines.append(current)
        return lines
    }

    static func wrap(_ text: String, width: Int, indent: String = "", hanging: String? = nil) -> String {
        lines(text, width: width, indent: indent, hanging: hanging).joined(separator: "\n")
    }

    /// The width to wrap to (`COLUMNS`, else the terminal's, at most 120); no limit when output
    /// is not a terminal and `COLUMNS` is not set.
    static func terminalWidth() -> Int {
        guard let columns = ScreenWidth.columns(environment: ProcessInfo.processInfo.environment) else { return .max }
        return min(columns, 120)
    }
}
