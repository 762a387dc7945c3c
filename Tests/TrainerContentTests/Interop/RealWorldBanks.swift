import Foundation
import Testing
import TrainerContent

/// The real GIFT and Moodle XML files in `../shared/realworld/questionbanks/`, read in place
/// (they are other people's files: never copied into this repository).
enum RealWorldBanks {
    /// The repository is three folders up from this file's folder; `shared/` sits beside it.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/realworld/questionbanks")

    struct Missing: Error, CustomStringConvertible {
        var path: String
        var description: String {
            "\(path) is missing: these tests read the real-world GIFT and Moodle XML banks in place from "
                + "../shared/realworld/questionbanks beside the repository (see its SOURCES.md); fetch that folder"
        }
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        let path = folder.appendingPathComponent(name).path
        guard let data = FileManager.default.contents(atPath: path) else { throw Missing(path: path) }
        return Array(data)
    }

    static func parse(_ name: String) throws -> MoodleFile {
        let format: InteropFormat = name.hasPrefix("xml/") ? .moodleXML : .gift
        return format.parse(try bytes(name), path: name)
    }

    /// The file imported as topic `t`; a file with problems fails the calling test.
    static func bank(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> ImportedBank {
        let file = try parse(name)
        #expect(file.problems.isEmpty, "\(file.problems)", sourceLocation: sourceLocation)
        return BankImport.bank(from: file, topic: "t")
    }
}

/// Said once and plainly, before any importer test trips over it.
@Suite struct RealWorldBanksFolderTests {
    @Test func theSharedFolderIsBesideTheRepository() {
        #expect(FileManager.default.fileExists(atPath: RealWorldBanks.folder.appendingPathComponent("FORMATS.md").path),
                "\(RealWorldBanks.Missing(path: RealWorldBanks.folder.path))")
    }
}
