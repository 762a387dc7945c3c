import Foundation
import Testing
import TrainerContent
import TrainerTestSupport

/// The content cache's key: any change to what `load` reads must change it, nothing else may.
@Suite struct ContentFingerprintTests {
    let folder = TemporaryDirectory()

    init() { ContentFixture.write(to: folder) }

    var key: String? { ContentLoader(root: folder.url).fingerprint(salt: "build-1") }

    @Test func isStableAndHexadecimal() throws {
        let first = try #require(key)
        #expect(first == key)
        #expect(first.count == 64 && first.allSatisfy { $0.isHexDigit && !$0.isUppercase })
    }

    @Test func changesWhenABankChangesWithoutChangingSize() throws {
        let before = try #require(key)
        let path = folder.path("QuestionBanks/fruit.yaml")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "fruit", with: "frUit")
        #expect(edited.utf8.count == text.utf8.count && edited != text)
        folder.write("QuestionBanks/fruit.yaml", edited)
        #expect(key != before)
    }

    @Test func seesFilesInNestedFoldersAndIgnoresOtherKinds() throws {
        let before = try #require(key)
        folder.write("Curriculum/notes/readme.txt", "not content")
        #expect(key == before)
        folder.write("Curriculum/lessons/extra/deep.md", "# Deep\n")
        #expect(key != before)
    }

    @Test func dependsOnTheProgramThatValidated() {
        #expect(ContentLoader(root: folder.url).fingerprint(salt: "build-1") != ContentLoader(root: folder.url).fingerprint(salt: "build-2"))
    }

    @Test func isNilWhenAContentFileCannotBeRead() throws {
        try FileManager.default.createDirectory(atPath: folder.path("QuestionBanks"), withIntermediateDirectories: true)
        // A dangling link named like a bank: listed, but cannot be opened.
        try FileManager.default.createSymbolicLink(atPath: folder.path("QuestionBanks/ghost.yaml"), withDestinationPath: folder.path("nowhere.yaml"))
        #expect(key == nil)
    }
}
