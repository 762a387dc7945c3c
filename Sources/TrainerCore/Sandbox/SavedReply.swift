import Foundation

/// A saved reply (macro) from `Curriculum/replies/<group>.yaml`, its placeholders filled when used.
public struct SavedReply: Sendable, Hashable, Codable {
    /// The placeholders a body may use; any other `{word}` is a content error.
    public static let placeholders: Set<String> = ["customer", "agent", "eta", "ticket"]

    public var id: String
    public var title: String
    public var body: String

    public init(id: String, title: String, body: String) {
        self.id = id
        self.title = title
        self.body = body
    }

    /// The body with `{customer}`, `{agent}`, `{eta}` and `{ticket}` filled in.
    public func filled(customer: String, agent: String, eta: String, ticket: String) -> String {
        let values = ["customer": customer, "agent": agent, "eta": eta, "ticket": ticket]
        var result = ""
        var rest = Substring(body)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}"),
                  let value = values[String(rest[rest.index(after: open)..<close])] else {
                result.append("{")
                rest = rest[rest.index(after: open)...]
                continue
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        return (result + rest).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Placeholder names in `text` that are not known, in order of appearance.
    public static func unknownPlaceholders(in text: String) -> [String] {
        var found: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let after = rest.index(after: open)
            guard let close = rest[after...].firstIndex(where: { $0 == "}" || $0 == "{" || $0 == "\n" }), rest[close] == "}" else {
                rest = rest[after...]
                continue
            }
            let name = String(rest[after..<close])
            if !placeholders.contains(name) { found.append(name) }
            rest = rest[rest.index(after: close)...]
        }
        return found
    }
}
