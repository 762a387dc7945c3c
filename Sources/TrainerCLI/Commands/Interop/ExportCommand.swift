import ArgumentParser

/// `export`: records and banks out in the formats other tools read. (The `bank` subcommand lives
/// on the interop-banks branch; the merge joins both lists here.)
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export records for spreadsheets and learning record stores.",
        subcommands: [ExportResultsCommand.self])
}
