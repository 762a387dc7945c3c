import Foundation

/// Bytes written as they are produced, in chunks: a big export never sits in memory whole.
/// Writers append a whole record, then call `endRecord()`, so a chunk never splits a character.
final class StreamedOutput {
    /// Writers append here directly (see the extensions below); whole records between flushes.
    var bytes: [UInt8] = []
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
    func append(_ byte: UInt8) { bytes.append(byte) }
    func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }
    func append(_ raw: UnsafeRawBufferPointer) { bytes.append(contentsOf: raw) }

    /// Hands the buffer on once it holds a chunk's worth.
    func endRecord() throws {
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

/// Text appended straight to the output bytes: a million records through `JSONEncoder` or a
/// String per field would take far longer than the records take to read.
extension StreamedOutput {
    func appendJSONString(_ text: String) {
        var text = text
        text.withUTF8 { appendJSONString(UnsafeRawBufferPointer($0)) }
    }

    /// A JSON string as exports write it: quotes, backslashes and control characters (and DEL) escaped.
    func appendJSONString(_ utf8: UnsafeRawBufferPointer) {
        bytes.append(UInt8(ascii: "\""))
        // Most text needs no escaping: copy it whole rather than byte by byte.
        if !utf8.contains(where: { $0 < 32 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 127 }) {
            bytes.append(contentsOf: utf8)
        } else {
            for byte in utf8 { appendEscaped(byte) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private func appendEscaped(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [92, 34])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [92, 92])
        case 10: bytes.append(contentsOf: [92, 110])
        case 13: bytes.append(contentsOf: [92, 114])
        case 9: bytes.append(contentsOf: [92, 116])
        case 0..<32, 127: appendUnicodeEscape(byte)
        default: bytes.append(byte)
        }
    }

    /// `\u00XX`, lowercase hex, as `String(format: "\\u%04x")` gave.
    func appendUnicodeEscape(_ byte: UInt8) {
        let hex = Array("0123456789abcdef".utf8)
        bytes.append(contentsOf: [92, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 15)]])
    }

    /// A whole number as digits, any other as Swift prints it; not-a-number as null.
    func appendJSONNumber(_ value: Double) {
        guard value.isFinite else { return append("null") }
        if value == value.rounded() && abs(value) < 1e15 { return appendInteger(Int64(value)) }
        append(value.description)
    }

    func appendInteger(_ value: Int64) {
        if value >= 0 && value < 10 { return bytes.append(UInt8(ascii: "0") + UInt8(value)) }
        append(String(value))
    }

    /// An RFC 4180 field: quoted only when it must be (a comma, a quote or a line break inside).
    func appendCSVField(_ utf8: UnsafeRawBufferPointer) {
        let needsQuotes = utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
        guard needsQuotes else { return bytes.append(contentsOf: utf8) }
        bytes.append(UInt8(ascii: "\""))
        for byte in utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    func appendCSVField(_ text: String) {
        var text = text
        text.withUTF8 { appendCSVField(UnsafeRawBufferPointer($0)) }
    }
}
