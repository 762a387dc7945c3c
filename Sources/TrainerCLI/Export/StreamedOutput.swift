import Foundation
import TrainerCore

/// Bytes written as they are produced, in chunks: a big export never sits in memory whole.
/// Writers build each record in a `ByteText` of their own and hand it over with `endRecord`, so a
/// chunk never splits a character.
final class StreamedOutput {
    private(set) var bytes: [UInt8] = []
    private let chunkSize: Int
    private let send: ([UInt8]) throws -> Void

    init(chunkSize: Int = 1 << 16, send: @escaping ([UInt8]) throws -> Void) {
        self.chunkSize = chunkSize
        self.send = send
        bytes.reserveCapacity(min(chunkSize, 1 << 20) + 4096)
    }

    func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Takes a finished record (leaving `record` empty to be filled again) and hands the buffer
    /// on once it holds a chunk's worth.
    func endRecord(_ record: inout ByteText) throws {
        bytes.append(contentsOf: record.utf8)
        record.utf8.removeAll(keepingCapacity: true)
        if bytes.count >= chunkSize { try flush() }
    }

    func flush() throws {
        guard !bytes.isEmpty else { return }
        try send(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Writes everything to a file descriptor, retrying short writes.
    static func write(_ bytes: [UInt8], to fd: Int32) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(fd, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw CommandFailure("cannot write: \(String(cString: strerror(errno)))")
                }
                offset += written
            }
        }
    }
}

extension [UInt8] {
    /// A literal's bytes, copied as they are (no String in between: a long listing appends millions).
    mutating func appendLiteral(_ text: StaticString) {
        text.withUTF8Buffer { append(contentsOf: $0) }
    }
}

/// Text built as UTF-8 bytes with the quoting the export formats need. A value a writer owns, so a
/// million records append without a String per field or an exclusivity check per append.
struct ByteText {
    var utf8: [UInt8] = []

    /// Built in one go (a version's id, an activity): kept and copied after.
    static func build(_ body: (inout ByteText) -> Void) -> [UInt8] {
        var text = ByteText()
        body(&text)
        return text.utf8
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { utf8.append(contentsOf: $0) }
    }
    mutating func append(_ byte: UInt8) { utf8.append(byte) }
    mutating func append(_ other: [UInt8]) { utf8.append(contentsOf: other) }
    mutating func append(_ raw: UnsafeRawBufferPointer) { utf8.append(contentsOf: raw) }

    mutating func appendJSONString(_ text: String) {
        var text = text
        text.withUTF8 { appendJSONString(UnsafeRawBufferPointer($0)) }
    }

    /// A JSON string as exports write it: quotes, backslashes and control characters (and DEL) escaped.
    mutating func appendJSONString(_ text: UnsafeRawBufferPointer) {
        utf8.append(UInt8(ascii: "\""))
        // Most text needs no escaping: copy it whole rather than byte by byte.
        if !text.contains(where: { $0 < 32 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 127 }) {
            utf8.append(contentsOf: text)
        } else {
            for byte in text { appendEscaped(byte) }
        }
        utf8.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscaped(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): utf8.append(contentsOf: [92, 34])
        case UInt8(ascii: "\\"): utf8.append(contentsOf: [92, 92])
        case 10: utf8.append(contentsOf: [92, 110])
        case 13: utf8.append(contentsOf: [92, 114])
        case 9: utf8.append(contentsOf: [92, 116])
        case 0..<32, 127:
            // `\u00XX`, lowercase hex, as `String(format: "\\u%04x")` gave.
            utf8.append(contentsOf: [92, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), .hexDigit(byte >> 4), .hexDigit(byte & 15)])
        default: utf8.append(byte)
        }
    }

    /// A whole number as digits, any other as Swift prints it; not-a-number as null.
    mutating func appendJSONNumber(_ value: Double) {
        guard value.isFinite else { return append("null") }
        if value == value.rounded() && abs(value) < 1e15 { return appendInteger(Int64(value)) }
        append(value.description)
    }

    mutating func appendInteger(_ value: Int64) {
        if value >= 0 && value < 10 { return utf8.append(UInt8(ascii: "0") + UInt8(value)) }
        append(String(value))
    }

    /// An RFC 4180 field: quoted only when it must be (a comma, a quote or a line break inside).
    mutating func appendCSVField(_ text: UnsafeRawBufferPointer) {
        let needsQuotes = text.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
        guard needsQuotes else { return utf8.append(contentsOf: text) }
        utf8.append(UInt8(ascii: "\""))
        for byte in text {
            if byte == UInt8(ascii: "\"") { utf8.append(byte) }
            utf8.append(byte)
        }
        utf8.append(UInt8(ascii: "\""))
    }

    mutating func appendCSVField(_ text: String) {
        var text = text
        text.withUTF8 { appendCSVField(UnsafeRawBufferPointer($0)) }
    }
}
