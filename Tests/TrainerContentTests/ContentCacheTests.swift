import Foundation
import Testing
import TrainerContent
import TrainerCore
import TrainerTestSupport

/// The content cache hands back exactly what the files say, decodes only the sections a command
/// reads, and survives damage by parsing the files again.
@Suite struct ContentCacheTests {
    let folder = TemporaryDirectory()
    var loader: ContentLoader { ContentLoader(root: folder.url.appendingPathComponent("content")) }
    var cache: ContentCache { ContentCache(directory: folder.url.appendingPathComponent("cache"), programStamp: "test") }

    init() {
        let content = TemporaryDirectory()
        ContentFixture.write(to: content)
        ContentFixture.writeSandbox(to: content)
        try? FileManager.default.createDirectory(at: folder.url, withIntermediateDirectories: true)
        try? FileManager.default.copyItem(at: content.url, to: folder.url.appendingPathComponent("content"))
    }

    /// Section by section: the content types compare by value.
    func same(_ a: Curriculum, _ b: Curriculum) -> Bool {
        a.banks == b.banks && a.exams == b.exams && a.plans == b.plans && a.lessons == b.lessons && a.scenarios == b.scenarios
            && a.intents == b.intents && a.tickets == b.tickets && a.replies == b.replies && a.sla == b.sla
    }

    var cacheFile: URL? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path("cache"))) ?? []
        return names.first { $0.hasSuffix(".cache") }.map { folder.url.appendingPathComponent("cache/\($0)") }
    }

    @Test func aCacheHitGivesBackWhatTheFilesSay() throws {
        let parsed = try loader.load().get()
        _ = try cache.load(loader).get()  // a miss: parses and writes the entry
        #expect(cacheFile != nil)
        let cached = try cache.load(loader).get()
        #expect(!cached.isFreshFromFiles)
        #expect(same(cached.value, parsed))
        #expect(cached.value.topics == parsed.topics && !parsed.topics.isEmpty)
        #expect(cached.value.tickets.count == parsed.tickets.count && !parsed.tickets.isEmpty)
    }

    @Test func aDamagedBankIsParsedAgainWhenReadAndTheRestStillComesFromTheCache() throws {
        let parsed = try loader.load().get()
        _ = try cache.load(loader).get()
        let file = try #require(cacheFile)
        // Spoil the bank's own entry (the bank is its last section), keeping its length: the index still holds.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path("cache"))
        let entry = folder.url.appendingPathComponent("cache/\(try #require(names.first { $0.hasPrefix("bank-") }))")
        var data = try Data(contentsOf: entry)
        data[data.endIndex - 1] = UInt8(ascii: "#")
        try data.write(to: entry)

        let cached = try cache.load(loader).get().value
        #expect(cached.plans == parsed.plans && !parsed.plans.isEmpty)
        #expect(FileManager.default.fileExists(atPath: file.path), "reading the plans decoded no bank")
        let topic = try #require(parsed.topics.first)
        #expect(cached.bank(topic) == parsed.bank(topic) && parsed.bank(topic) != nil)
        #expect(!FileManager.default.fileExists(atPath: file.path), "the damaged entry is dropped")
        #expect(!FileManager.default.fileExists(atPath: entry.path), "and the bank's")
    }

    @Test func aCutShortEntryMeansParsingTheFiles() throws {
        let parsed = try loader.load().get()
        _ = try cache.load(loader).get()
        let file = try #require(cacheFile)
        let data = try Data(contentsOf: file)
        try data.prefix(data.count / 2).write(to: file)
        let cached = try cache.load(loader).get().value
        #expect(same(cached, parsed))
    }
}
