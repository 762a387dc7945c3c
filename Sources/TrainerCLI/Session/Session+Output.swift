/// How a session's output is shaped: the width views fit to, and raw output for programs.
extension Session {
    /// The width views fit to; nil for no limit.
    var columns: Int? { ScreenWidth.columns(environment: environment) }

    /// A table in this session's style, fitted to its width.
    func table(_ headers: [String], _ rows: [[String]]) -> String {
        Table.render(headers, rows, style: style, width: columns)
    }

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
extension QueueListCommand: RawOutput { var printsRawOutput: Bool { json } }
extension QueueReportCommand: RawOutput { var printsRawOutput: Bool { json } }
