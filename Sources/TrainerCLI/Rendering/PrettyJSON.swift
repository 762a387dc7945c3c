/// JSON written by hand in exactly the layout `JSONOutput.render` gives (keys sorted, two-space
/// indent, `"key" : value`), for listings too long to hand to JSONEncoder in one piece: a lead's
/// `results --json` is written one attempt at a time.
indirect enum PrettyJSON {
    case string(String), number(Double), integer(Int64), bool(Bool), null
    case array([PrettyJSON])
    /// Keys are written sorted; a nil value leaves its key out, as JSONEncoder does for an absent optional.
    case object([String: PrettyJSON?])

    func write(into out: inout String, indent: Int) {
        switch self {
        case .string(let text): Self.quote(text, into: &out)
        case .number(let value):
            let text = value.description
            out += text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        case .integer(let value): out += String(value)
        case .bool(let value): out += value ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            let inner = String(repeating: " ", count: indent + 2)
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += inner
                item.write(into: &out, indent: indent + 2)
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            if items.isEmpty { out += "\n" }
            out += String(repeating: " ", count: indent) + "]"
        case .object(let fields):
            let present = fields.compactMap { key, value in value.map { (key, $0) } }.sorted { $0.0 < $1.0 }
            let inner = String(repeating: " ", count: indent + 2)
            out += "{\n"
            for (index, (key, value)) in present.enumerated() {
                out += inner
                Self.quote(key, into: &out)
                out += " : "
                value.write(into: &out, indent: indent + 2)
                out += index == present.count - 1 ? "\n" : ",\n"
            }
            if present.isEmpty { out += "\n" }
            out += String(repeating: " ", count: indent) + "}"
        }
    }

    /// Escapes as JSONEncoder does with `.withoutEscapingSlashes`.
    private static func quote(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}": out += "\\b"
            case "\u{C}": out += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
