/// "Did you mean" look-ups for mistyped commands and ids.
public enum Suggestion {
    /// The closest candidate within a small edit distance, or one that starts with the input.
    /// Bounded: candidates whose length differs by more than the allowed distance are never
    /// compared, so a huge typed word costs no more than reading it.
    public static func closest(to input: String, among candidates: [String]) -> String? {
        let input = input.lowercased()
        let length = input.count  // counted once: String.count walks the whole string
        let allowed = max(1, min(2, length / 3))
        let scored = candidates.filter { abs($0.count - length) <= allowed }.map { ($0, distance(input, $0.lowercased())) }
        if let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= allowed {
            return best.0
        }
        return candidates.first { $0.lowercased().hasPrefix(input) && !input.isEmpty }
    }

    /// ` Did you mean `x`?` for an error message, or "" when nothing is close.
    public static func hint(for input: String, among candidates: [String]) -> String {
        closest(to: input, among: candidates).map { " Did you mean `\($0)`?" } ?? ""
    }

    /// What a message quotes of a typed word: the whole of a short one, the start of a long one,
    /// with control characters made visible so a pasted escape sequence cannot drive the terminal.
    public static func quoted(_ input: String, limit: Int = 40) -> String {
        let start = input.prefix(limit + 1)
        return InertText.visible(start.count <= limit ? input : String(start.prefix(limit)) + "…")
    }

    /// Edit distance counting a swap of neighbours as one edit (optimal string alignment),
    /// since `qiuz` for `quiz` is the most common typo at a prompt.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
