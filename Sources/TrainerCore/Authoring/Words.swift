/// Words as the lint sees them: maximal runs of letters or digits, so "don't" is "don" and "t"
/// and "P1" is one word.
enum Words {
    /// The ranges of the words of `text`, in order.
    static func ranges(in text: String) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var start: String.Index?
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index != scalars.endIndex {
            if isWordScalar(scalars[index]) {
                if start == nil { start = index }
            } else if let begun = start {
                result.append(begun..<index)
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let begun = start { result.append(begun..<scalars.endIndex) }
        return result
    }

    /// The lowercased words of `text`.
    static func lowercased(_ text: String) -> [Substring] {
        let lower = text.lowercased()
        return ranges(in: lower).map { lower[$0] }
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0..<0x80: return false
        default: return scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
        }
    }

    /// 64-bit hashes of the lowercased word bigrams of `text`, sorted and without repeats.
    /// FNV-1a over the scalars: no strings are built, which keeps 50,000 prompts cheap. Two
    /// different bigrams sharing a hash (odds about 1 in 10^10 per pair here) would only make
    /// two prompts look a little more alike.
    static func bigramHashes(_ text: String) -> [UInt64] {
        var words: [UInt64] = []
        var hash: UInt64 = 0, inWord = false
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                if !inWord { hash = 0xcbf2_9ce4_8422_2325; inWord = true }
                if scalar.value < 0x80 {
                    let lower = (0x41...0x5A).contains(scalar.value) ? scalar.value + 0x20 : scalar.value
                    hash = (hash ^ UInt64(lower)) &* 0x0000_0100_0000_01b3
                } else {
                    for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                        hash = (hash ^ UInt64(lower.value)) &* 0x0000_0100_0000_01b3
                    }
                }
            } else if inWord {
                words.append(hash)
                inWord = false
            }
        }
        if inWord { words.append(hash) }
        guard words.count >= 2 else { return [] }
        var bigrams = (1..<words.count).map { index in
            // Order matters ("not only" differs from "only not"): mix the first word before adding.
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
