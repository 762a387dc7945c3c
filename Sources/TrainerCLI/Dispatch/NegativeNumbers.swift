/// Negative numbers are values, not options: `--days -3` reaches the parser as `--days=-3`,
/// which swift-argument-parser reads as the option's value instead of an unknown flag `-3`.
enum NegativeNumbers {
    static func protect(_ words: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            if word == "--" {
                result += words[index...]
                break
            }
            if word.hasPrefix("--"), !word.contains("="), index + 1 < words.count, isNegativeNumber(words[index + 1]) {
                result.append("\(word)=\(words[index + 1])")
                index += 2
                continue
            }
            result.append(word)
            index += 1
        }
        return result
    }

    /// `-3`, `-0.5`; not `-h` nor `--`.
    static func isNegativeNumber(_ word: String) -> Bool {
        let digits = word.dropFirst()
        return word.hasPrefix("-") && digits.contains(where: \.isASCIIDigit) && digits.allSatisfy { $0.isASCIIDigit || $0 == "." }
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
