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

    // The memo of file digests: an unchanged file is not read again, any edit is still seen.

    var memo: URL { folder.url.appendingPathComponent("cache/file-digests") }
    var rememberedKey: String? { ContentLoader(root: folder.url).fingerprint(salt: "build-1", memo: memo) }

    /// Puts a wrong digest in the memo for `bank`, keeping its line otherwise.
    func falsifyMemo(for bank: String) throws {
        let lines = try String(contentsOf: memo, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let falsified = lines.map { $0.hasSuffix("\t" + bank) ? String(repeating: "0", count: 64) + $0.dropFirst(64) : $0 }
        try Data(falsified.joined(separator: "\n").utf8).write(to: memo)
    }

    @Test func aMemoGivesTheSameKeyAndIsWrittenOwnerOnly() throws {
        let plain = try #require(key)
        #expect(rememberedKey == plain)
        #expect(rememberedKey == plain)
        #expect(try String(contentsOf: memo, encoding: .utf8).hasPrefix("trainer file digests 1 "))
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: memo.path)[.posixPermissions] as? Int)
        #expect(mode & 0o077 == 0)
    }

    @Test func anUnchangedFileIsTakenFromTheMemoAndAnEditIsSeen() throws {
        let plain = try #require(key)
        // Files older than the racy window when the memo is made: the next start trusts it.
        Thread.sleep(forTimeInterval: 2.2)
        #expect(rememberedKey == plain)
        try falsifyMemo(for: "QuestionBanks/fruit.yaml")
        #expect(rememberedKey != plain, "the memo's digest stands for the unchanged file")
        let path = folder.path("QuestionBanks/fruit.yaml")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        folder.write("QuestionBanks/fruit.yaml", text.replacingOccurrences(of: "fruit", with: "frUit"))
        #expect(rememberedKey == key, "an edit changes the file's signature, so it is read again")
    }

    @Test func aFileChangedWithinTheRacyWindowIsReadAgain() throws {
        let plain = try #require(key)
        #expect(rememberedKey == plain)
        try falsifyMemo(for: "QuestionBanks/fruit.yaml")
        #expect(rememberedKey == plain)
    }

    @Test func aDamagedMemoIsIgnored() throws {
        let plain = try #require(key)
        try FileManager.default.createDirectory(at: memo.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("trainer file digests 1 99999999999\t0\nzz\t1\t2".utf8).write(to: memo)
        #expect(rememberedKey == plain)
        try Data([0xff, 0xfe, 0x00]).write(to: memo)
        #expect(rememberedKey == plain)
    }
}
