import Foundation

/// How wide trainer's views may be: `COLUMNS` when set, else the terminal's width; nil when
/// output is not a terminal, so pipes and files get lines whole.
enum ScreenWidth {
    static func columns(environment: [String: String]) -> Int? {
        if let text = environment["COLUMNS"], let columns = Int(text.trimmingCharacters(in: .whitespaces)), columns > 0 {
            return max(columns, 20)
        }
        return TerminalSize.current()?.columns
    }
}

extension Session {
    /// The width views fit to; nil for no limit.
    var columns: Int? { ScreenWidth.columns(environment: environment) }

    /// Runs `body` with output untouched by wrapping when `raw` (JSON, documents).
    func printing<T>(raw: Bool, _ body: () throws -> T) rethrows -> T {
        guard raw, let stream = out as? WrappingStream else { return try body() }
        stream.isRaw = true
        defer { stream.isRaw = false }
        return try body()
    }
}

/// Commands whose output is for programs or files (`--json`, documents): never wrapped.
protocol RawOutput {
    var printsRawOutput: Bool { get }
}

extension PlanShowCommand: RawOutput { var printsRawOutput: Bool { json } }
extension UserListCommand: RawOutput { var printsRawOutput: Bool { json } }
extension TraineesCommand: RawOutput { var printsRawOutput: Bool { json } }
extension ResultsCommand: RawOutput { var printsRawOutput: Bool { json } }
extension WeakCommand: RawOutput { var printsRawOutput: Bool { json } }
extension SheetCommand: RawOutput { var printsRawOutput: Bool { true } }
