import Foundation
import Testing
@testable import TrainerContent
import TrainerCore
import TrainerTestSupport

/// Each bank file has a cache entry of its own, keyed by its bytes: after an edit only the edited
/// bank is parsed again, and a load reports what parsing every file reports (curriculum, places,
/// every problem).
@Suite struct BankEntriesTests {
    let folder = TemporaryDirectory()
    var loader: ContentLoader { ContentLoader(root: folder.url.appendingPathComponent("content")) }
    var cache: ContentCache { ContentCache(directory: folder.url.appendingPathComponent("cache"), programStamp: "test") }

    /// The fixture and a second bank, `veg`, with ids of its own.
    init() {
        folder.write("content/QuestionBanks/fruit.yaml", ContentFixture.fruitBank)
        folder.write("content/QuestionBanks/veg.yaml", Self.veg)
        folder.write("content/Curriculum/basic/plan.yaml", ContentFixture.plan)
        folder.write("content/Curriculum/basic/lessons/hello.md", ContentFixture.lesson)
    }

    static let veg = ContentFixture.fruitBank.replacingOccurrences(of: "fruit", with: "veg")

    /// The names of the bank entries in the cache folder.
    var entryNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path("cache"))) ?? []).filter { $0.hasPrefix("bank-") }.sorted()
    }

    /// The entry of the bank whose first question is `id`.
    func entry(of id: String) throws -> URL {
        let name = try #require(entryNames.first { name in
            (try? Data(contentsOf: folder.url.appendingPathComponent("cache/\(name)")))?.range(of: Data(id.utf8)) != nil
        })
        return folder.url.appendingPathComponent("cache/\(name)")
    }

    /// Replaces `text` in `file` by a text of the same length, so its index still holds.
    func overwrite(_ text: String, with replacement: String, in file: URL) throws {
        #expect(text.utf8.count == replacement.utf8.count)
        var data = try Data(contentsOf: file)
        let range = try #require(data.range(of: Data(text.utf8)))
        data.replaceSubrange(range, with: Data(replacement.utf8))
        try data.write(to: file)
    }

    func removeTheWholeEntry() {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path("cache"))) ?? [] where name.hasPrefix("content-") {
            folder.remove("cache/\(name)")
        }
    }

    func same(_ a: Curriculum, _ b: Curriculum) -> Bool {
        a.banks == b.banks && a.exams == b.exams && a.plans == b.plans && a.lessons == b.lessons && a.scenarios == b.scenarios
            && a.intents == b.intents && a.tickets == b.tickets && a.replies == b.replies && a.sla == b.sla
    }

    func problems(_ result: Result<LazyCurriculum, ContentReport>) -> [Diagnostic] {
        if case .failure(let report) = result { return report.diagnostics }
        return []
    }

    @Test func afterAnEditOnlyTheEditedBankIsParsedAgain() throws {
        _ = try cache.load(loader).get()
        #expect(entryNames.count == 2)
        // Mark veg's entry: a load that takes veg from its entry shows the mark.
        try overwrite("Which one is yellow?", with: "Which one is YELLOW?", in: try entry(of: "veg-001"))
        folder.write("content/QuestionBanks/fruit.yaml", ContentFixture.fruitBank.replacingOccurrences(of: "Which of these", with: "Which ones"))

        let loaded = try cache.load(loader).get()
        #expect(!loaded.isFreshFromFiles, "veg came from its entry: `check --fresh` must parse it again")
        #expect(loaded.value.bank("fruit")?.questions.first?.prompt == "Which ones are fruits?")
        #expect(loaded.value.bank("veg")?.questions.map(\.prompt).contains("Which one is YELLOW?") == true)
        #expect(entryNames.count == 2, "the entry of fruit's old bytes is dropped")
    }

    /// An entry is named by the file's SHA-256 as the content's fingerprint took it: the name that
    /// hashing the file's bytes gives, kept by an unchanged bank across another bank's edit.
    @Test func entriesAreNamedByTheFingerprintsDigestsAndAnUnchangedBankIsNotReadAgain() throws {
        let cacheFolder = CacheFolder(url: folder.url.appendingPathComponent("cache"))
        func name(_ topic: String) throws -> String {
            let path = "QuestionBanks/\(topic).yaml"
            let bytes = try Data(contentsOf: folder.url.appendingPathComponent("content/\(path)"))
            return "bank-\(BankEntries(folder: cacheFolder, salt: "test").key(path: path, bytes: bytes)).cache"
        }
        _ = try cache.load(loader).get()
        let veg = try name("veg")
        #expect(entryNames == [try name("fruit"), veg].sorted())
        folder.write("content/QuestionBanks/fruit.yaml", ContentFixture.fruitBank.replacingOccurrences(of: "Which of these", with: "Which ones"))
        _ = try cache.load(loader).get()
        #expect(entryNames == [try name("fruit"), veg].sorted(), "veg's entry keeps its name")

        // The fingerprint's digest stands for the file: veg comes from its entry without being read.
        let (_, digests) = try #require(loader.walk().flatMap { loader.fingerprint(of: $0, salt: "test", memo: nil) })
        folder.write("content/QuestionBanks/veg.yaml", "topic: veg\ntitle: [unclosed\n")
        let read = loader.readContent(entries: BankEntries(folder: cacheFolder, salt: "test", digests: digests))
        #expect(read.bankFiles.map(\.isFromCache) == [true, true])
        #expect(read.bankFiles.last?.diagnostics.isEmpty == true)
        let content = try read.outcome.get()
        #expect(content.curriculum.bank("veg")?.questions.count == 3)
    }

    @Test func aLoadFromEntriesGivesWhatParsingEveryFileGives() throws {
        _ = try cache.load(loader).get()
        folder.write("content/QuestionBanks/fruit.yaml", ContentFixture.fruitBank.replacingOccurrences(of: "Which of these", with: "Which ones"))
        let loaded = try cache.load(loader).get()
        let parsed = try loader.loadWithPlaces().get()
        #expect(same(loaded.value, parsed.curriculum))
        #expect(loaded.places == parsed.places && parsed.places.count == 6)
        // And from the whole entry that load wrote.
        let cached = try cache.load(loader).get()
        #expect(same(cached.value, parsed.curriculum))
        #expect(cached.places == parsed.places)
    }

    @Test func brokenContentReportsTheSameProblemsFromEntries() throws {
        // An id used in two banks, a bank that is not YAML, an exam on that bank and on one too small.
        folder.write("content/QuestionBanks/veg.yaml", Self.veg.replacingOccurrences(of: "veg-002", with: "fruit-001"))
        folder.write("content/QuestionBanks/bad.yaml", "topic: bad\ntitle: [unclosed\n")
        folder.write("content/QuestionBanks/exams/final.yaml", """
            exam: final
            title: Final
            minutes: 30
            pass: 0.7
            sections:
              - topic: bad
                count: 2
              - topic: veg
                count: 5

            """)
        let expected = try #require(loader.load().failure).diagnostics
        #expect(expected.count == 3, "\(expected)")
        #expect(problems(cache.load(loader)) == expected)  // every file parsed
        #expect(entryNames.count == 3)
        #expect(problems(cache.load(loader)) == expected)  // every bank from its entry
        folder.write("content/QuestionBanks/fruit.yaml", ContentFixture.fruitBank.replacingOccurrences(of: "Which of these", with: "Which ones"))
        #expect(problems(cache.load(loader)) == (try #require(loader.load().failure)).diagnostics)
    }

    @Test func aDamagedBankEntryMeansParsingThatFile() throws {
        let parsed = try loader.load().get()
        _ = try cache.load(loader).get()
        removeTheWholeEntry()
        let vegEntry = try entry(of: "veg-001")
        // The bank is the entry's last section; its last byte is a flag, and 7 is no flag.
        var data = try Data(contentsOf: vegEntry)
        data[data.endIndex - 1] = 7
        try data.write(to: vegEntry)
        let loaded = try cache.load(loader).get()
        #expect(loaded.value.bank("veg") == parsed.bank("veg") && parsed.bank("veg") != nil)
        #expect(!FileManager.default.fileExists(atPath: vegEntry.path), "the damaged entry is dropped")
    }

    @Test func anotherProgramParsesEveryFileAgain() throws {
        _ = try cache.load(loader).get()
        let other = ContentCache(directory: folder.url.appendingPathComponent("cache"), programStamp: "other")
        let loaded = try other.load(loader).get()
        #expect(loaded.isFreshFromFiles)
        #expect(entryNames.count == 2, "the first program's entries are dropped")
    }

    /// Banks are read on every core and joined in file order: the same curriculum, places and
    /// problems, in the same order, as reading them one after another.
    @Test func parallelAndSerialLoadingAgree() throws {
        for index in 0..<12 {
            var bank = ContentFixture.fruitBank.replacingOccurrences(of: "fruit", with: "bank\(index)")
            if index % 3 == 0 { bank = bank.replacingOccurrences(of: "bank\(index)-002", with: "bank0-001") }  // ids used twice
            if index % 4 == 1 { bank = bank.replacingOccurrences(of: "correct: true", with: "correct: maybe") }
            if index == 7 { bank = "topic: bank7\ntitle: [\n" }
            folder.write("content/QuestionBanks/bank\(index).yaml", bank)
        }
        let parallel = loader.readContent(entries: nil, concurrently: true), serial = loader.readContent(entries: nil, concurrently: false)
        let problems = try #require(parallel.outcome.failure).diagnostics
        #expect(problems.count > 12)
        #expect(problems == serial.outcome.failure?.diagnostics)
        #expect(parallel.bankFiles.map(\.diagnostics) == serial.bankFiles.map(\.diagnostics))

        for index in [0, 1, 3, 4, 5, 6, 7, 9] { folder.remove("content/QuestionBanks/bank\(index).yaml") }
        let valid = try #require(try? loader.readContent(entries: nil, concurrently: true).outcome.get())
        let validSerially = try #require(try? loader.readContent(entries: nil, concurrently: false).outcome.get())
        #expect(same(valid.curriculum, validSerially.curriculum) && valid.curriculum.banks.count == 6)
        #expect(valid.places.value == validSerially.places.value && valid.places.value.count == 18)
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
