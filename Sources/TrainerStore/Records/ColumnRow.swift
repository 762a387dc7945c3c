import GRDB
import GRDBSQLite

/// The fast path for long record streams (exports, `results --json`): a prepared statement stepped
/// by hand, its columns read by index, texts lent as the bytes SQLite holds. No `Row`, no by-name
/// lookup, no String per field: a million answers cost what SQLite costs plus what the writer appends.
struct ColumnRow {
    fileprivate let handle: OpaquePointer

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }
    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }
    func double(_ column: Int32) -> Double { sqlite3_column_double(handle, column) }
    func flag(_ column: Int32) -> Bool { sqlite3_column_int64(handle, column) != 0 }
    func optionalInt64(_ column: Int32) -> Int64? { isNull(column) ? nil : int64(column) }
    func optionalDouble(_ column: Int32) -> Double? { isNull(column) ? nil : double(column) }
    func optionalFlag(_ column: Int32) -> Bool? { isNull(column) ? nil : flag(column) }

    /// The column's text (UTF-8, the database's encoding), valid until the next step; empty for NULL.
    func bytes(_ column: Int32) -> UnsafeRawBufferPointer {
        // Read as a blob: `sqlite3_column_text` copies a text that lies in a page into a fresh
        // allocation to end it with a NUL, twice per answer row. The pointer first, then the
        // length: the order SQLite documents for a stable pointer.
        guard let bytes = sqlite3_column_blob(handle, column) else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, column)))
    }

    func optionalBytes(_ column: Int32) -> UnsafeRawBufferPointer? { isNull(column) ? nil : bytes(column) }

    /// For the few values kept past the row (per attempt, not per answer).
    func string(_ column: Int32) -> String { String(decoding: bytes(column), as: UTF8.self) }
    func optionalString(_ column: Int32) -> String? { isNull(column) ? nil : string(column) }
}

extension Statement {
    /// Binds `arguments` and hands each row to `body` as it is stepped.
    func forEachColumnRow(arguments: StatementArguments, _ body: (ColumnRow) throws -> Void) throws {
        try setArguments(arguments)
        let handle = sqliteStatement
        defer { sqlite3_reset(handle) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                let message = sqlite3_db_handle(handle).flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
            }
            try body(ColumnRow(handle: handle))
        }
    }
}
