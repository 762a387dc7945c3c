/// Text someone typed (notes, reasons, answers, task texts), made safe to print: control
/// characters and escape sequences become visible caret notation (`ESC` → `^[`, `BEL` → `^G`,
/// `DEL` → `^?`, C1 controls → `<U+009B>`), so only trainer's own styling reaches a terminal.
/// Line breaks and tabs stay where `keepsLineBreaks` says so.
public enum InertText {
    public static func visible(_ text: String, keepsLineBreaks: Bool = false) -> String {
        guard changes(text, keepsLineBreaks: keepsLineBreaks) else { return text }
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
    public static func isInert(_ text: String) -> Bool { !changes(text, keepsLineBreaks: true) }

    /// Whether `visible` would change `text`, found in its bytes: most text has nothing to change,
    /// and is then returned without a copy (C1 controls are C2 80 … C2 9F in UTF-8).
    private static func changes(_ text: String, keepsLineBreaks: Bool) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20 && byte != 0x09 && (byte != 0x0A || !keepsLineBreaks) || byte == 0x7F
                || previous == 0xC2 && (0x80..<0xA0).contains(byte) { return true }
            previous = byte
        }
        return false
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
