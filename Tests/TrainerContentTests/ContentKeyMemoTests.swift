import Foundation
import Testing
@testable import TrainerContent
import TrainerTestSupport

/// The remembered content key: given back only for the very walk it was computed from, with the
/// same program, once the files are older than the memo's racy window.
@Suite struct ContentKeyMemoTests {
    let folder = TemporaryDirectory()
    var loader: ContentLoader { ContentLoader(root: folder.url) }
    var memo: ContentKeyMemo { ContentKeyMemo(folder: CacheFolder(url: folder.url.appendingPathComponent("cache"))) }
    var memoPath: String { memo.folder.file(ContentKeyMemo.name).path }

    init() { ContentFixture.write(to: folder) }

    /// Remembers the key of the current walk, then moves the memo's making 10 s later, as if the
    /// files had been left alone that long before it was written.
    func rememberAged(salt: String = "build-1") throws -> String {
        let walk = try #require(loader.walk())
        let key = try #require(loader.fingerprint(of: walk, salt: salt, memo: nil)?.key)
        memo.remember(key, for: walk, salt: salt)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: memoPath))
        var fields = String(decoding: bytes, as: UTF8.self).split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        fields[1] = String(Int(fields[1])! + 10)
        try Data(fields.joined(separator: "\t").utf8).write(to: URL(fileURLWithPath: memoPath))
        return key
    }

    @Test func givesTheKeyBackForTheSameWalk() throws {
        let key = try rememberAged()
        #expect(memo.key(for: try #require(loader.walk()), salt: "build-1") == key)
        #expect(key == loader.fingerprint(salt: "build-1"))
    }

    @Test func isOwnerOnly() throws {
        _ = try rememberAged()
        let mode = try #require(FileManager.default.attributesOfItem(atPath: memoPath)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
    }

    @Test func forgetsItAfterAnEditAnAdditionOrARemoval() throws {
        _ = try rememberAged()
        let path = folder.path("QuestionBanks/fruit.yaml")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        folder.write("QuestionBanks/fruit.yaml", text.replacingOccurrences(of: "fruit", with: "frUit"))
        #expect(memo.key(for: try #require(loader.walk()), salt: "build-1") == nil)

        _ = try rememberAged()
        folder.write("Curriculum/lessons/extra/deep.md", "# Deep\n")
        #expect(memo.key(for: try #require(loader.walk()), salt: "build-1") == nil)

        _ = try rememberAged()
        try FileManager.default.removeItem(atPath: folder.path("Curriculum/lessons/extra/deep.md"))
        #expect(memo.key(for: try #require(loader.walk()), salt: "build-1") == nil)
    }

    @Test func belongsToTheProgramThatComputedIt() throws {
        _ = try rememberAged(salt: "build-1")
        #expect(memo.key(for: try #require(loader.walk()), salt: "build-2") == nil)
    }

    @Test func isNotTrustedWithinTheRacyWindow() throws {
        let walk = try #require(loader.walk())
        // Just written: an edit in the same timestamp tick would leave every signature unchanged.
        memo.remember("0123", for: walk, salt: "build-1")
        #expect(memo.key(for: walk, salt: "build-1") == nil)
    }

    @Test func aDamagedMemoIsIgnored() throws {
        _ = try rememberAged()
        let walk = try #require(loader.walk())
        for damage in ["", "trainer content key 1\n", "garbage\tx\ty\tz\tbuild-1\n"] {
            try Data(damage.utf8).write(to: URL(fileURLWithPath: memoPath))
            #expect(memo.key(for: walk, salt: "build-1") == nil)
        }
        _ = try rememberAged()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: memoPath))
        try bytes.dropLast(3).write(to: URL(fileURLWithPath: memoPath))
        #expect(memo.key(for: walk, salt: "build-1") == nil)
    }
}
