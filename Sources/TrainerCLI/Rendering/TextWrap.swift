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

    /// The terminal's width, or 100 columns when output is not a terminal.
    static func terminalWidth() -> Int {
        guard let columns = TerminalSize.current()?.columns, columns > 20 else { return 100 }
        return min(columns, 120)
    }
}
