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

// Commands whose output is for programs or files (`--json`, documents): never wrapped
// (`TrainerCommand.printsRawOutput`).
extension PlanShowCommand { var printsRawOutput: Bool { json } }
extension UserListCommand { var printsRawOutput: Bool { json } }
extension TraineesCommand { var printsRawOutput: Bool { json } }
extension ResultsCommand { var printsRawOutput: Bool { json } }
extension WeakCommand { var printsRawOutput: Bool { json } }
extension SheetCommand { var printsRawOutput: Bool { true } }
extension QueueListCommand { var printsRawOutput: Bool { json } }
extension QueueReportCommand { var printsRawOutput: Bool { json } }
