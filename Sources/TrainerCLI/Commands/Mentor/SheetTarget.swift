import Foundation

/// Where `sheet --out FILE` writes and in which format: `--format` when given, else the file's
/// extension (`.html`, `.htm`, `.md`). An existing file is kept unless `--force`.
struct SheetTarget {
    let path: String
    let format: SheetCommand.Format

    init(out: String, format: SheetCommand.Format?, force: Bool, environment: [String: String]) throws {
        let typed = TypedPath(out, environment: environment)
        try typed.requireFolder()
        if typed.exists, !force {
            throw CommandFailure("\(typed.path) already exists: add --force to replace it, or choose a new file name")
        }
        path = typed.path
        if let format {
            self.format = format
        } else if let byExtension = Self.format(forExtension: (out as NSString).pathExtension) {
            self.format = byExtension
        } else {
            throw CommandFailure("cannot tell the format of \(out) from its extension: name it .md or .html, or add --format md|html")
        }
    }

    static func format(forExtension ext: String) -> SheetCommand.Format? {
        switch ext.lowercased() {
        case "html", "htm": .html
        case "md", "markdown": .md
        default: nil
        }
    }
}
