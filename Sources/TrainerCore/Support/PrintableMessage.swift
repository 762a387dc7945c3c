/// An error message as it may reach a terminal. Messages quote what was typed, and what was typed
/// may be a pasted megabyte or an escape sequence: each line is made inert (`InertText`) and cut
/// to a length a person reads, saying how much was left out.
public enum PrintableMessage {
    public static let lineLimit = 300

    public static func make(_ message: String, lineLimit: Int = lineLimit) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let start = line.prefix(lineLimit + 1)
            guard start.count > lineLimit else { return InertText.visible(String(line)) }
            let omitted = line.count - lineLimit
            return InertText.visible(String(start.prefix(lineLimit))) + "… (\(omitted) more characters)"
        }.joined(separator: "\n")
    }
}
