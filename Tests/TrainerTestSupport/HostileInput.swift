import Foundation

/// Lines nobody should type but somebody will paste: control characters, invalid UTF-8, NUL,
/// terminal escapes, bracketed-paste markers, megabyte lines, and seeded random bytes.
public enum HostileInput {
    public static let megabyte = 1 << 20

    /// The adversarial lines, each without its newline.
    public static let adversarial: [[UInt8]] = [
        [0], Array("quiz\u{0}drill".utf8), [0xFF, 0xFE, 0x41], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF],
        Array(1...9) + Array(11...31) + [127], [13], [8, 8, 8, 127],
        Array("\u{1B}[2J\u{1B}[Hcleared".utf8), Array("\u{1B}]0;owned\u{07}".utf8), Array("\u{1B}[31mred\u{1B}[0m".utf8),
        Array("\u{1B}[200~whoami\u{1B}[201~".utf8), Array("\u{1B}[200~".utf8), Array("\u{1B}[201~".utf8),
        Array("\u{1B}[200~a\na b\u{1B}[201~".utf8.filter { $0 != 10 }), Array("\u{9B}31m".unicodeScalars.map { UInt8($0.value) }),
        Array("\"unclosed".utf8), Array("'".utf8), Array("\\".utf8), Array("--".utf8), Array("-1".utf8),
        Array("goto 99999999999999999999999999".utf8), Array("goto -1".utf8), Array(("goto " + String(repeating: "9", count: 5_000)).utf8),
        Array("\u{202E}override\u{200B}\u{FEFF}".utf8), Array(String(repeating: "e\u{301}\u{302}", count: 2_000).utf8),
        Array(String(repeating: "👩‍👩‍👧‍👦", count: 2_000).utf8),
    ]

    /// Three megabyte lines: one word, many words, and quotes that take the slow path of splitting.
    public static let huge: [[UInt8]] = [
        [UInt8](repeating: UInt8(ascii: "x"), count: megabyte),
        Array(String(repeating: "a ", count: megabyte / 2).utf8),
        Array(("\"" + String(repeating: "q'\\", count: megabyte / 3)).utf8),
    ]

    /// `count` lines of random bytes (newline excluded), up to 300 bytes each, fixed by `seed`.
    public static func random<G: RandomNumberGenerator>(count: Int, using generator: inout G) -> [[UInt8]] {
        (0..<count).map { _ in
            (0..<Int.random(in: 0...300, using: &generator)).map { _ in
                let byte = UInt8.random(in: 0...255, using: &generator)
                return byte == 10 ? 0 : byte
            }
        }
    }

    /// `lines` as stdin: each followed by a newline, then `after` (plain lines).
    public static func script(_ lines: [[UInt8]], before: [String] = [], after: [String] = []) -> Data {
        var data = Data(before.map { $0 + "\n" }.joined().utf8)
        for line in lines {
            data.append(contentsOf: line)
            data.append(10)
        }
        data.append(contentsOf: Data(after.map { $0 + "\n" }.joined().utf8))
        return data
    }
}
