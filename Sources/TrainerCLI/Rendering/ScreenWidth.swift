import Foundation

/// How wide trainer's views may be: `COLUMNS` when set, else the terminal's width; nil when
/// output is not a terminal, so pipes and files get lines whole.
enum ScreenWidth {
    static func columns(environment: [String: String]) -> Int? {
        // Asked at every write: Foundation's trimming only when the plain number does not parse.
        if let text = environment["COLUMNS"], let columns = Int(text) ?? Int(text.trimmingCharacters(in: .whitespaces)), columns > 0 {
            return max(columns, 20)
        }
        return TerminalSize.current()?.columns
    }
}
