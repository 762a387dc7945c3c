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
            && a.titles == b.titles && a.questionTopics == b.questionTopics
    }

    /// Spoils the first byte of the named section, keeping its length: the index still holds.
    func spoil(_ section: String, in file: URL) throws {
        var data = try Data(contentsOf: file)
        let end = try #require(data.firstRange(of: Data("\n\n".utf8)))
        let lines = String(decoding: data[..<end.lowerBound], as: UTF8.self).split(separator: "\n")
        let words = try #require(lines.first { $0.hasPrefix(section + " ") }).split(separator: " ")
        data[end.upperBound + (Int(words[words.count - 2]) ?? 0)] = UInt8(ascii: "#")
        try data.write(to: file)
    }

    var cacheFile: URL? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path("cache"))) ?? []
        return names.first { $0.hasPrefix("content-") && $0.hasSuffix(".cache") }.map { folder.url.appendingPathComponent("cache/\($0)") }
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

    @Test func titlesAndQuestionTopicsComeFromTheirOwnSectionsWithoutMakingBanks() throws {
        let parsed = try loader.load().get()
        _ = try cache.load(loader).get()
        let file = try #require(cacheFile)
        let topic = try #require(parsed.topics.first)
        // Every bank's own entry spoilt: making any bank would parse the files and drop `file`.
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path("cache")) where name.hasPrefix("bank-") {
            let entry = folder.url.appendingPathComponent("cache/\(name)")
            var data = try Data(contentsOf: entry)
            data[data.endIndex - 1] = UInt8(ascii: "#")
            try data.write(to: entry)
        }
        let cached = try cache.load(loader).get().value
        #expect(cached.titles == parsed.titles && !parsed.titles.banks.isEmpty && !parsed.titles.lessons.isEmpty)
        #expect(cached.questionTopics == parsed.questionTopics && !parsed.questionTopics.topics.isEmpty)
        #expect(parsed.titles.banks[topic] == parsed.bank(topic)?.title)
        #expect(cached.question("no-such-question") == nil)
        #expect(FileManager.default.fileExists(atPath: file.path), "no damaged bank was decoded")
        let question = try #require(parsed.bank(topic)?.questions.last)
        #expect(cached.question(question.id) == question)
    }

    @Test func damagedTitlesAreWorkedOutFromTheSections() throws {
        let parsed = try loader.load().get()
        _ = try cache.load(loader).get()
        let file = try #require(cacheFile)
        try spoil("titles", in: file)
        try spoil("questions", in: file)
        let cached = try cache.load(loader).get().value
        #expect(same(cached, parsed))
        #expect(cached.question("no-such-question") == nil)
    }

    /// The entries hold every question, exam items too: owner-only, as the folder is.
    @Test func entriesAndTheDigestMemoAreOwnerOnly() throws {
        _ = try cache.load(loader).get()
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path("cache"))
        #expect(names.contains("file-digests") && names.contains { $0.hasPrefix("content-") } && names.contains { $0.hasPrefix("bank-") })
        for name in names {
            let mode = try #require(try FileManager.default.attributesOfItem(atPath: folder.path("cache/\(name)"))[.posixPermissions] as? Int)
            #expect(mode == 0o600, "\(name): \(String(mode, radix: 8))")
        }
        let folderMode = try #require(try FileManager.default.attributesOfItem(atPath: folder.path("cache"))[.posixPermissions] as? Int)
        #expect(folderMode == 0o700)
    }
}
