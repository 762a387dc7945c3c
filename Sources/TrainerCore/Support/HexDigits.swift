extension Sequence<UInt8> {
    /// Lowercase hexadecimal, two digits a byte: how digests are written in keys and file names.
    @inlinable public var hexDigits: String {
        var text: [UInt8] = []
        text.reserveCapacity(underestimatedCount * 2)
        for byte in self {
            text.append(UInt8.hexDigit(byte >> 4))
            text.append(UInt8.hexDigit(byte & 0x0f))
        }
        return String(decoding: text, as: UTF8.self)
    }
}

extension UInt8 {
    /// The lowercase hexadecimal digit of a value below 16, as its UTF-8 byte.
    @inlinable public static func hexDigit(_ value: UInt8) -> UInt8 { value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10 }
}
