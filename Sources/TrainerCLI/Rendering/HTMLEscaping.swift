/// Text made safe inside HTML elements and attributes, as Mustache escapes `{{name}}`: the five
/// characters `<`, `>`, `&`, `"` and `'` become entities. Compared by character, so a mark
/// combined with one of them (a single character) stays as written, as it did under Mustache.
enum HTMLEscaping {
    static func escaped(_ text: String) -> String {
        // Most text has none of them: no copy.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "&")
            || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
