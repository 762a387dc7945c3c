/// Words as the lint sees them: maximal runs of letters or digits, so "don't" is "don" and "t"
/// and "P1" is one word.
///
/// Everything here works on UTF-8 bytes with an ASCII fast path and builds no strings: the lint
/// reads every prompt and option of 50,000 questions within its time budget.
enum Words {
    /// Calls `body` with the UTF-8 bytes of `text` and the byte range of each word, in order.
    static func scan(_ text: String, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var start = -1, index = 0
            while index < bytes.count {
                let (isWord, length) = wordScalar(bytes, at: index)
                if isWord {
                    if start < 0 { start = index }
                } else if start >= 0 {
                    body(bytes, start..<index)
                    start = -1
                }
                index += length
            }
            if start >= 0 { body(bytes, start..<bytes.count) }
        }
    }

    /// Whether the scalar starting at `index` is a letter or digit, and its length in bytes.
    static func wordScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Bool, Int) {
        let byte = bytes[index]
        if byte < 0x80 {
            return (isASCIIWordByte(byte), 1)
        }
        guard let (scalar, length) = decode(bytes, at: index) else { return (false, 1) }
        return (scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal, length)
    }

    static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// The scalar whose UTF-8 encoding starts at `index` (the text is valid UTF-8: it is a String).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard index + length <= bytes.count else { return nil }
        var value = UInt32(lead) & (length == 1 ? 0x7F : UInt32(0xFF) >> (length + 1))
        for offset in 1..<max(length, 1) where length > 1 {
            value = value << 6 | (UInt32(bytes[index + offset]) & 0x3F)
        }
        return Unicode.Scalar(value).map { ($0, length) }
    }

    /// Whether the word at `range` is `lowercaseWord` (ASCII letters) in any case.
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, is lowercaseWord: StaticString) -> Bool {
        guard range.count == lowercaseWord.utf8CodeUnitCount else { return false }
        let expected = lowercaseWord.utf8Start
        for offset in 0..<range.count where bytes[range.lowerBound + offset] | 0x20 != expected[offset] {
            return false
        }
        return true
    }

    /// 64-bit hashes of the lowercased word bigrams of `text`, sorted and without repeats.
    /// FNV-1a over the lowercased scalars. Two different bigrams sharing a hash (odds about 1 in
    /// 10^10 per pair here) would only make two prompts look a little more alike.
    static func bigramHashes(_ text: String) -> [UInt64] {
        var words: [UInt64] = []
        scan(text) { bytes, range in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var index = range.lowerBound
            while index < range.upperBound {
                let byte = bytes[index]
                if byte < 0x80 {
                    let lower = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                    hash = (hash ^ UInt64(lower)) &* 0x0000_0100_0000_01b3
                    index += 1
                } else if let (scalar, length) = decode(bytes, at: index) {
                    for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                        hash = (hash ^ UInt64(lower.value)) &* 0x0000_0100_0000_01b3
                    }
                    index += length
                } else {
                    index += 1
                }
            }
            words.append(hash)
        }
        guard words.count >= 2 else { return [] }
        var bigrams = (1..<words.count).map { index in
            // Order matters ("calls lost" differs from "lost calls"): mix the first word before adding.
            (words[index - 1] &* 0x9E37_79B9_7F4A_7C15).rotatedLeft(by: 31) ^ words[index]
        }
        bigrams.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(bigrams.count)
        for value in bigrams where unique.last != value { unique.append(value) }
        return unique
    }
}

extension UInt64 {
    fileprivate func rotatedLeft(by count: UInt64) -> UInt64 { (self << count) | (self >> (64 - count)) }
}
