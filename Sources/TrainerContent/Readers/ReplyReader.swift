import Foundation
import TrainerCore

/// Reads `Curriculum/replies/<group>.yaml`: a list of saved replies.
enum ReplyReader {
    static let replyKeys: Set<String> = ["id", "title", "body"]

    /// The file's replies; `seen` holds ids (and where) across files, so a duplicate names the first.
    static func read(_ file: YAMLFile, seen: inout [String: String], log: DiagnosticLog) -> [SavedReply] {
        guard case .sequence(let items, _) = file.root else {
            log.add(file.path, file.root.mark, "a replies file is a list of saved replies (lines starting with `- id:`)")
            return []
        }
        return items.compactMap { node in
            guard let r = MappingReader(node, path: file.path, what: "a saved reply", allowedKeys: replyKeys, log: log),
                  let id = r.string("id"), let title = r.string("title"), let body = r.string("body") else { return nil }
            if !Identifier.isValid(id) { log.add(file.path, r.value("id")?.mark, "saved reply id `\(id)` must use only a-z, 0-9 and -") }
            if let first = seen[id] {
                log.add(file.path, r.value("id")?.mark, "saved reply id `\(id)` is already used at \(first)")
                return nil
            }
            seen[id] = "\(file.path):\(r.value("id")?.mark?.line ?? 0)"
            for name in SavedReply.unknownPlaceholders(in: body) {
                let hint = References.hint(name, SavedReply.placeholders.sorted())
                let place = placeOf("{\(name)}", in: r.value("body"))
                log.add(Diagnostic(path: file.path, line: place.line, column: place.column,
                                   message: "unknown placeholder `{\(name)}`\(hint): use {customer}, {agent}, {eta} or {ticket}"))
            }
            return SavedReply(id: id, title: title, body: body)
        }
    }

    /// The line of `needle` inside a block scalar, so the diagnostic points at it.
    private static func placeOf(_ needle: String, in node: YAMLNode?) -> (line: Int, column: Int) {
        guard let node, let mark = node.mark, let text = node.string else { return (node?.mark?.line ?? 1, node?.mark?.column ?? 1) }
        let lines = text.components(separatedBy: "\n")
        guard let index = lines.firstIndex(where: { $0.contains(needle) }) else { return (mark.line, mark.column) }
        // A block scalar (`body: |`) starts on the line after its indicator.
        let block = node.scalar?.style == .literal || node.scalar?.style == .folded
        return (block ? mark.line + 1 + index : mark.line, mark.column)
    }
}
