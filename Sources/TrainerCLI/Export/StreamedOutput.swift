import Foundation

/// Bytes written as they are produced, in chunks: a big export never sits in memory whole.
/// Writers append a whole record, then call `endRecord()`, so a chunk never splits a character.
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
    func append(_ byte: UInt8) { bytes.append(byte) }
    func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }

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

/// JSON text appended straight to the output bytes: a million statements through `JSONEncoder`
/// would take far longer than the records take to read.
extension StreamedOutput {
    func appendJSONString(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            bytes.append(UInt8(ascii: "\""))
            // Most text needs no escaping: copy it whole rather than byte by byte.
            if !utf8.contains(where: { $0 < 32 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 127 }) {
                bytes.append(contentsOf: utf8)
            } else {
                for byte in utf8 { appendEscaped(byte) }
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }

    private func appendEscaped(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [92, 34])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [92, 92])
        case 10: bytes.append(contentsOf: [92, 110])
        case 13: bytes.append(contentsOf: [92, 114])
        case 9: bytes.append(contentsOf: [92, 116])
        case 0..<32, 127: bytes.append(contentsOf: Array(String(format: "\\u%04x", Int(byte)).utf8))
        default: bytes.append(byte)
        }
    }

    func appendJSONNumber(_ value: Double) {
        append(value.isFinite ? (value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)") : "null")
    }
}
