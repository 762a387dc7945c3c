import Foundation

/// Values written one after another with no keys: the content cache's form for what every load or
/// `check` reads by the tens of thousands (questions, their places), where `JSONDecoder` spent
/// two seconds on 50,000 questions. Counts and numbers are LEB128, texts their UTF-8 after a count.
struct CompactWriter {
    private(set) var bytes: [UInt8] = []

    var data: Data { Data(bytes) }

    mutating func write(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7f) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// Zig-zag, so small negative numbers stay short.
    mutating func write(_ value: Int) { write(UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))) }

    mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func write(_ value: Double) { write(value.bitPattern) }

    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            write(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// A flag, then the value when present.
    mutating func write<T>(_ value: T?, _ writeValue: (inout CompactWriter, T) -> Void) {
        write(value != nil)
        if let value { writeValue(&self, value) }
    }

    mutating func write<T>(_ values: [T], _ writeValue: (inout CompactWriter, T) -> Void) {
        write(UInt64(values.count))
        for value in values { writeValue(&self, value) }
    }
}

/// Reads what `CompactWriter` wrote. Damaged bytes end in nil, never in a trap. Reads from its
/// own copy of the bytes: indexing an array costs a fraction of indexing `Data`, and a bank's
/// section is read byte by byte.
struct CompactReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ data: Data) { bytes = Array(data) }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func readUInt64() -> UInt64? {
        var value: UInt64 = 0, shift: UInt64 = 0
        while offset < bytes.count, shift < 64 {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }

    mutating func readInt() -> Int? {
        readUInt64().map { Int(Int64(bitPattern: $0 >> 1) ^ -Int64(bitPattern: $0 & 1)) }
    }

    mutating func readBool() -> Bool? {
        guard offset < bytes.count, bytes[offset] <= 1 else { return nil }
        defer { offset += 1 }
        return bytes[offset] == 1
    }

    mutating func readDouble() -> Double? { readUInt64().map(Double.init(bitPattern:)) }

    mutating func readString() -> String? {
        guard let count = readUInt64(), count <= UInt64(bytes.count - offset) else { return nil }
        let start = offset
        offset += Int(count)
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<offset]), as: UTF8.self) }
    }

    /// A value written with a presence flag: `.some(nil)` when absent, nil when damaged.
    mutating func readOptional<T>(_ readValue: (inout CompactReader) -> T?) -> T?? {
        guard let present = readBool() else { return nil }
        guard present else { return .some(nil) }
        return readValue(&self).map { .some($0) }
    }

    mutating func readArray<T>(_ readValue: (inout CompactReader) -> T?) -> [T]? {
        guard let count = readUInt64(), count <= UInt64(bytes.count - offset) else { return nil }
        var values: [T] = []
        values.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let value = readValue(&self) else { return nil }
            values.append(value)
        }
        return values
    }
}
