import Foundation
import TrainerCore

/// HTML from Moodle question text turned into the Markdown trainer shows: paragraphs, line
/// breaks, lists, emphasis, code and links survive; styles, spans, comments and images do not
/// (an image keeps its alt text). Tolerant by design: it never fails, whatever the markup.
enum HTMLText {
    static func containsMarkup(_ text: String) -> Bool {
        text.contains("<!--") || text.contains("&nbsp;")
            || text.firstMatch(of: /<\/?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?\/?>/) != nil
    }

    static func markdown(_ html: String) -> String {
        var out = ""
        var links: [String] = []
        var inPre = false
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            if html[index...].hasPrefix("<!--") {
                // A comment runs to `-->` and may hold `>`; an unclosed one runs to the end.
                index = html[index...].range(of: "-->")?.upperBound ?? html.endIndex
                continue
            }
            if character == "<", let tagEnd = tagEnd(in: html, from: index) {
                let tag = String(html[html.index(after: index)..<html.index(before: tagEnd)])
                index = tagEnd
                // Style sheets and scripts pasted from office suites are not text.
                if let hidden = ["style", "script"].first(where: { tag.lowercased().hasPrefix($0) }) {
                    index = html[index...].range(of: "</\(hidden)", options: .caseInsensitive)?.lowerBound ?? html.endIndex
                    continue
                }
                emit(tag: tag, into: &out, links: &links, inPre: &inPre)
                continue
            }
            if character == "&", let (decoded, next) = entity(in: html, at: index) {
                out += inPre ? decoded : decoded.replacingOccurrences(of: "\u{00A0}", with: " ")
                index = next
                continue
            }
            if !inPre && character.isWhitespace {
                if let last = out.last, !last.isWhitespace { out.append(" ") }
            } else {
                out.append(character)
            }
            index = html.index(after: index)
        }
        return tidy(out)
    }

    /// The index after the `>` that closes a tag opened at `start`, or nil when `<` is plain text.
    private static func tagEnd(in html: String, from start: String.Index) -> String.Index? {
        let next = html.index(after: start)
        guard next < html.endIndex else { return nil }
        let first = html[next]
        guard first.isLetter || first == "/" || first == "!" else { return nil }
        guard let close = html[next...].firstIndex(of: ">") else { return nil }
        return html.index(after: close)
    }

    private static func emit(tag raw: String, into out: inout String, links: inout [String], inPre: inout Bool) {
        let closing = raw.hasPrefix("/")
        let body = closing ? raw.dropFirst() : Substring(raw)
        let name = body.prefix { $0.isLetter || $0.isNumber }.lowercased()
        switch name {
        case "br": out += "\n"
        case "p", "div", "table", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6":
            out += "\n\n"
        case "tr": out += "\n"
        case "td", "th": out += " "
        case "ul", "ol": out += "\n"
        case "li": if !closing { out += "\n- " }
        case "b", "strong": mark("**", closing: closing, in: &out)
        case "i", "em": mark("*", closing: closing, in: &out)
        case "code", "tt", "kbd": if !inPre { out += "`" }
        case "pre":
            inPre = !closing
            out += "\n```\n"
        case "a":
            if closing {
                if let href = links.popLast(), !href.isEmpty { out += "](\(href))" }
            } else {
                let href = attribute("href", in: String(body)) ?? ""
                links.append(href)
                if !href.isEmpty { out += "[" }
            }
        case "img":
            if let alt = attribute("alt", in: String(body)), !alt.trimmed.isEmpty { out += alt.trimmed }
        default: break
        }
    }

    /// Emphasis around nothing (`<b></b>`, common in Moodle's editor output) leaves no stray stars.
    private static func mark(_ marker: String, closing: Bool, in out: inout String) {
        if closing, out.hasSuffix(marker) {
            out.removeLast(marker.count)
        } else {
            out += marker
        }
    }

    private static func attribute(_ name: String, in tag: String) -> String? {
        for match in tag.matches(of: /\s([A-Za-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/) where match.1.lowercased() == name {
            return String(match.2 ?? match.3 ?? "")
        }
        return nil
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "laquo": "«", "raquo": "»", "ndash": "–", "mdash": "—", "hellip": "…", "rsquo": "’", "lsquo": "‘",
        "rdquo": "”", "ldquo": "“", "euro": "€", "copy": "©", "deg": "°", "middot": "·", "times": "×",
        "eacute": "é", "egrave": "è", "agrave": "à", "aacute": "á", "iacute": "í", "oacute": "ó",
        "uacute": "ú", "ntilde": "ñ", "ccedil": "ç", "uuml": "ü", "ouml": "ö", "auml": "ä",
    ]

    /// `&name;`, `&#123;` or `&#x7B;` at `index`: the text it stands for and the index after it.
    private static func entity(in html: String, at index: String.Index) -> (String, String.Index)? {
        let rest = html[html.index(after: index)...].prefix(12)
        guard let semicolon = rest.firstIndex(of: ";") else { return nil }
        let name = String(rest[rest.startIndex..<semicolon])
        let after = html.index(after: semicolon)
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return (String(Character(scalar)), after)
        }
        return named[name].map { ($0, after) }
    }

    /// Trailing spaces off every line, at most one blank line in a row, nothing around the whole.
    private static func tidy(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(line)
            while line.last == " " { line.removeLast() }
            if line.hasPrefix(" ") && !line.hasPrefix("  ") { line.removeFirst() }
            if line.isEmpty && (lines.last?.isEmpty ?? true) { continue }
            lines.append(line)
        }
        return lines.joined(separator: "\n").trimmed
    }
}
