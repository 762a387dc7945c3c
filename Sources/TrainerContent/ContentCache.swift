import Foundation
import TrainerCore

/// A compiled copy of valid content, keyed by a hash of every content file (and of the program
/// that validated it), so start-up skips the slow YAML parse when nothing changed. Each bank file
/// also has an entry of its own, keyed by its own bytes (`BankEntries`), so the first command
/// after an edit parses only the edited bank.
public struct ContentCache: Sendable {
    public let directory: URL
    /// Identifies the validator: a new build of trainer never trusts an older build's verdict.
    public let programStamp: String

    public init(directory: URL, programStamp: String) {
        self.directory = directory
        self.programStamp = programStamp
    }

    private var folder: CacheFolder { CacheFolder(url: directory) }
    private var entries: BankEntries { BankEntries(folder: folder, salt: programStamp) }

    /// The curriculum from the cache when the files are unchanged, else a load that parses only
    /// the files the cache has not seen (cached when valid).
    /// A cached curriculum is decoded section by section as first used: a command that needs no
    /// content pays nothing, one that reads a plan decodes no bank.
    /// The questions' places (for the lint) are decoded only when `check` asks for them.
    public func load(_ loader: ContentLoader) -> Result<LazyCurriculum, ContentReport> {
        guard let walk = loader.walk() else { return loader.loadWithPlaces().map(LazyCurriculum.init) }
        let keyMemo = ContentKeyMemo(folder: folder)
        if let key = keyMemo.key(for: walk, salt: programStamp), let curriculum = cached(key: key, loader) { return .success(curriculum) }
        guard let (key, digests) = loader.fingerprint(of: walk, salt: programStamp, memo: folder.file("file-digests")) else {
            return loader.loadWithPlaces().map(LazyCurriculum.init)
        }
        keyMemo.remember(key, for: walk, salt: programStamp)
        if let curriculum = cached(key: key, loader) { return .success(curriculum) }
        let name = Self.entryName(key)
        let read = loader.readContent(entries: BankEntries(folder: folder, salt: programStamp, digests: digests))
        // Entries of files that changed or went are useless: keep the folder small.
        entries.keep(only: Set(read.bankFiles.compactMap(\.cacheKey)))
        return read.outcome.map { loaded in
            store(loaded.curriculum, banks: read.bankFiles, named: name)
            return LazyCurriculum({ loaded.curriculum }, places: { loaded.places.value }, isFreshFromFiles: read.parsedEveryFile)
        }
    }

    private static func entryName(_ key: String) -> String { "content-\(key).cache" }

    /// The curriculum of the entry for `key`, when there is one.
    private func cached(key: String, _ loader: ContentLoader) -> LazyCurriculum? {
        let file = folder.file(Self.entryName(key)), entries = self.entries
        guard FileManager.default.fileExists(atPath: file.path) else { return nil }
        // Mapped, not read: a command touches the pages of the sections it decodes (entries are
        // replaced by rename, never written in place).
        let sections = Deferred<CachedSections?> { (try? Data(contentsOf: file, options: .alwaysMapped)).flatMap(CachedSections.init) }
        return LazyCurriculum({
            // A damaged cache entry is not fatal: parse the files again (once, for whatever is missing).
            let files = Deferred<Curriculum> {
                try? FileManager.default.removeItem(at: file)
                return (try? loader.load().get()) ?? .empty
            }
            return sections.value?.curriculum(banks: entries, orElse: files) ?? files.value
        }, places: {
            // Missing or damaged: nil, and `check` parses the files again.
            guard let references = sections.value?.banks else { return nil }
            var places: ContentPlaces = [:]
            for bank in references.concurrentMap({ entries.places($0.entry) }) {
                guard let bank else { return nil }
                for (id, place) in bank { places[id] = place }
            }
            return places
        })
    }

    private func store(_ curriculum: Curriculum, banks: [BankFileRead], named name: String) {
        let references = banks.compactMap { read in read.cacheKey.map { CachedSections.BankReference(topic: read.topic, entry: $0) } }
        guard references.count == banks.count, let data = CachedSections.encode(curriculum, banks: references) else { return }
        // Old entries are useless once content changed.
        folder.remove { $0.hasPrefix("content-") }
        folder.write(data, named: name)
    }
}

/// A curriculum produced on first use, with the places of its questions when known.
public final class LazyCurriculum: Sendable {
    private let curriculum: Deferred<Curriculum>
    private let deferredPlaces: Deferred<ContentPlaces?>

    /// True when this process has just parsed every file (no cache): `check --fresh` need not
    /// parse them a second time.
    public let isFreshFromFiles: Bool

    public init(_ make: @escaping @Sendable () -> Curriculum, places: @escaping @Sendable () -> ContentPlaces? = { nil },
                isFreshFromFiles: Bool = false) {
        curriculum = Deferred(make)
        deferredPlaces = Deferred(places)
        self.isFreshFromFiles = isFreshFromFiles
    }
    public convenience init(_ curriculum: Curriculum) { self.init { curriculum } }
    public convenience init(_ loaded: LoadedContent) {
        self.init({ loaded.curriculum }, places: { loaded.places }, isFreshFromFiles: true)
    }

    public var value: Curriculum { curriculum.value }

    /// Where each question was written; nil when unknown (then read the files again).
    public var places: ContentPlaces? { deferredPlaces.value }
}
