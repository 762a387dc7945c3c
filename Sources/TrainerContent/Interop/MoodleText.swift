import TrainerCore

/// Moodle's text formats, and how each becomes the Markdown a bank holds.
public enum MoodleTextFormat: String, Sendable, Hashable {
    case html, moodle, plain, markdown

    /// GIFT `[word]` prefixes and XML `format` values; nil for a word Moodle does not know.
    init?(gift word: String) {
        switch word {
        case "html": self = .html
        case "moodle": self = .moodle
        case "plain": self = .plain
        case "markdown": self = .markdown
        default: return nil
        }
    }

    /// XML `format="…"`: an unknown or missing value means HTML (as in Moodle).
    init(xml value: String?) {
        switch value {
        case "moodle_auto_format": self = .moodle
        case "plain_text": self = .plain
        case "markdown", "wiki_like": self = .markdown
        default: self = .html
        }
    }

    /// The text as Markdown. Moodle's auto-format lets authors type HTML, so it is converted when it has tags.
    func markdown(_ text: String) -> String {
        switch self {
        case .html: return HTMLText.markdown(text)
        case .moodle: return HTMLText.containsMarkup(text) ? HTMLText.markdown(text) : text.trimmed
        case .plain, .markdown: return text.trimmed
        }
    }
}
