/// Text someone typed (notes, reasons, answers, task texts), made safe to print: control
/// characters and escape sequences become visible caret notation (`ESC` → `^[`, `BEL` → `^G`,
/// `DEL` → `^?`, C1 controls → `<U+009B>`), so only trainer's own styling reaches a terminal.
/// Line breaks and tabs stay where `keepsLineBreaks` says so.
public enum InertText {
    public static func visible(_ text: String, keepsLineBreaks: Bool = false) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A where keepsLineBreaks, 0x09:
                result.unicodeScalars.append(scalar)
            case 0x00..<0x20:
                result += "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
            case 0x7F:
                result += "^?"
            case 0x80..<0xA0:
                result += "<U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4) + ">"
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether `text` holds anything `visible` would change.
    public static func isInert(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0.value < 0x20 && $0.value != 0x09 && $0.value != 0x0A || (0x7F..<0xA0).contains($0.value) }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
