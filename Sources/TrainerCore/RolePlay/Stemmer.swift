/// The Porter stemmer (M. F. Porter, 1980), written once for the intent matcher: `refunds`,
/// `refunded` and `refunding` all become `refund`, so authors write one form of a word.
/// Works on lowercase ASCII words; anything else is returned unchanged.
public enum Stemmer {
    public static func stem(_ word: String) -> String {
        guard word.count > 2, word.utf8.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return word }
        var w = Word(Array(word.utf8))
        w.step1a(); w.step1b(); w.step1c(); w.step2(); w.step3(); w.step4(); w.step5()
        return String(decoding: w.b, as: UTF8.self)
    }

    private struct Word {
        var b: [UInt8]
        init(_ b: [UInt8]) { self.b = b }

        func isConsonant(_ i: Int) -> Bool {
            switch b[i] {
            case 97, 101, 105, 111, 117: return false // a e i o u
            case 121: return i == 0 ? true : !isConsonant(i - 1) // y
            default: return true
            }
        }

        /// The number of vowel-consonant sequences in b[0..<end].
        func measure(_ end: Int) -> Int {
            var n = 0, i = 0
            while i < end && isConsonant(i) { i += 1 }
            while i < end {
                while i < end && !isConsonant(i) { i += 1 }
                guard i < end else { break }
                n += 1
                while i < end && isConsonant(i) { i += 1 }
            }
            return n
        }

        func hasVowel(_ end: Int) -> Bool { (0..<end).contains { !isConsonant($0) } }

        func endsDoubleConsonant(_ end: Int) -> Bool {
            end >= 2 && b[end - 1] == b[end - 2] && isConsonant(end - 1)
        }

        /// consonant-vowel-consonant at the end, the last not w, x or y.
        func endsCVC(_ end: Int) -> Bool {
            guard end >= 3, isConsonant(end - 1), !isConsonant(end - 2), isConsonant(end - 3) else { return false }
            return ![119, 120, 121].contains(b[end - 1])
        }

        func ends(_ s: String) -> Bool {
            let suffix = s.utf8
            guard b.count >= suffix.count else { return false }
            var i = b.count - suffix.count
            for c in suffix {
                if b[i] != c { return false }
                i += 1
            }
            return true
        }

        /// Replaces suffix `s` by `r` when the stem before it has measure > `m`.
        mutating func replace(_ s: String, _ r: String, ifMeasureAbove m: Int) -> Bool {
            guard ends(s) else { return false }
            let stemEnd = b.count - s.utf8.count
            if measure(stemEnd) > m { b = Array(b[..<stemEnd]) + Array(r.utf8) }
            return true
        }

        mutating func step1a() {
            if ends("sses") { b.removeLast(2) }
            else if ends("ies") { b.removeLast(2) }
            else if ends("ss") { return }
            else if ends("s") { b.removeLast() }
        }

        mutating func step1b() {
            if ends("eed") {
                if measure(b.count - 3) > 0 { b.removeLast() }
                return
            }
            var removed = false
            if ends("ed"), hasVowel(b.count - 2) { b.removeLast(2); removed = true }
            else if ends("ing"), hasVowel(b.count - 3) { b.removeLast(3); removed = true }
            guard removed else { return }
            if ends("at") || ends("bl") || ends("iz") { b.append(101) }
            else if endsDoubleConsonant(b.count), ![108, 115, 122].contains(b[b.count - 1]) { b.removeLast() }
            else if measure(b.count) == 1, endsCVC(b.count) { b.append(101) }
        }

        mutating func step1c() {
            if ends("y"), hasVowel(b.count - 1) { b[b.count - 1] = 105 }
        }

        static let step2Rules: [(String, String)] = [
                ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
                ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
                ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
                ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
        ]
        static let step3Rules: [(String, String)] = [
            ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
        ]
        /// Longest first: the longest suffix that ends the word is the one that counts.
        static let step4Suffixes = ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent",
                                    "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize"].sorted { $0.count > $1.count }

        mutating func step2() {
            for (s, r) in Self.step2Rules where replace(s, r, ifMeasureAbove: 0) { return }
        }

        mutating func step3() {
            for (s, r) in Self.step3Rules where replace(s, r, ifMeasureAbove: 0) { return }
        }

        mutating func step4() {
            for s in Self.step4Suffixes where ends(s) {
                let stemEnd = b.count - s.utf8.count
                if s == "ion", stemEnd > 0, b[stemEnd - 1] != 115, b[stemEnd - 1] != 116 { return }
                if measure(stemEnd) > 1 { b = Array(b[..<stemEnd]) }
                return
            }
        }

        mutating func step5() {
            if ends("e") {
                let m = measure(b.count - 1)
                if m > 1 || (m == 1 && !endsCVC(b.count - 1)) { b.removeLast() }
            }
            if measure(b.count) > 1, endsDoubleConsonant(b.count), b[b.count - 1] == 108 { b.removeLast() }
        }
    }
}
