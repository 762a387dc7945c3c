import Crypto
import Foundation
import TrainerCore

/// The content cache's entries for single bank files, each named by a hash of the program, the
/// file's path and its bytes alone (through their SHA-256, which `ContentFingerprint`, the key of
/// the whole, has just taken): after an edit only the edited bank is read and parsed again, and
/// the others come from here. An entry holds what reading the file gave, valid or not, so fixing
/// one bank of broken content does not parse the rest either.
struct BankEntries: Sendable {
    static let header = "trainer bank entry 2"
    static let prefix = "bank-"

    let folder: CacheFolder
    /// Identifies the program: a new build never trusts an older build's reading.
    let salt: String
    /// Each content file's SHA-256 as the fingerprint took it, by path from the content root.
    var digests = FileDigestMemo()

    /// The key of the file at `path` whose SHA-256 is `digest`.
    func key(path: String, digest: [UInt8]) -> String {
        var hasher = SHA256()
        hasher.update(data: Data("\(salt)\0\(path)\0".utf8))
        hasher.update(data: digest)
        return hasher.finalize().hexDigits
    }

    /// The key of the file at `path`, without reading it when the fingerprint has hashed it.
    func key(path: String) -> String? { digests.recorded(path).map { key(path: path, digest: $0) } }

    /// The key of `bytes`, read from `path`.
    func key(path: String, bytes: Data) -> String { key(path: path, digest: Array(SHA256.hash(data: bytes))) }

    private func name(_ key: String) -> String { "\(Self.prefix)\(key).cache" }

    /// The reading kept under `key`; nil when there is none or it is damaged. Its bank and places
    /// are decoded on first use; `reparse` stands in if those sections turn out damaged.
    func read(_ key: String, path: String, topic: String, reparse: @escaping @Sendable () -> BankFileRead) -> BankFileRead? {
        guard let file = SectionedFile(contentsOf: folder.file(name(key)), header: Self.header),
              let claims = file.section("claims").flatMap(BankCoding.claims(from:)),
              let diagnostics = file.decode([Diagnostic].self, "diagnostics") else { return nil }
        let again = Deferred<BankFileRead> {
            remove(key)
            return reparse()
        }
        let bank = file.names.contains("bank")
            ? Deferred { file.section("bank").flatMap(BankCoding.bank(from:)) ?? again.value.bank?.value
                ?? QuestionBank(topic: topic, title: topic, questions: []) }
            : nil
        let places = Deferred { file.section("places").flatMap(BankCoding.places(from:)) ?? again.value.places.value }
        var read = BankFileRead(path: path, topic: topic, bank: bank, claims: claims, places: places,
                                diagnostics: diagnostics, isUnparsed: file.names.contains("unparsed"))
        read.cacheKey = key
        read.isFromCache = true
        return read
    }

    /// Keeps `read` (just made from the file) under `key`.
    func write(_ read: BankFileRead, key: String) {
        guard let diagnostics = try? JSONEncoder().encode(read.diagnostics) else { return }
        // The small sections first: a load reads those, a command only the bank it uses.
        var sections: [(name: String, bytes: Data)] = [("claims", BankCoding.encode(read.claims)), ("diagnostics", diagnostics)]
        if read.isUnparsed { sections.append(("unparsed", Data())) }
        sections.append(("places", BankCoding.encode(read.places.value)))
        if let bank = read.bank { sections.append(("bank", BankCoding.encode(bank.value))) }
        folder.write(SectionedFile.encode(header: Self.header, sections), named: name(key))
    }

    /// The bank kept under `key`, decoded; nil when missing or damaged (a damaged entry is dropped).
    func bank(_ key: String) -> QuestionBank? {
        guard let bank = SectionedFile(contentsOf: folder.file(name(key)), header: Self.header)?.section("bank").flatMap(BankCoding.bank(from:)) else {
            remove(key)
            return nil
        }
        return bank
    }

    private func remove(_ key: String) { try? FileManager.default.removeItem(at: folder.file(name(key))) }

    /// The places of the questions kept under `key`, by id; nil when missing or damaged.
    func places(_ key: String) -> [(id: String, places: QuestionPlaces)]? {
        guard let file = SectionedFile(contentsOf: folder.file(name(key)), header: Self.header),
              let claims = file.section("claims").flatMap(BankCoding.claims(from:)),
              let places = file.section("places").flatMap(BankCoding.places(from:)), places.count == claims.count else { return nil }
        return zip(claims, places).map { ($0.id, $1) }
    }

    /// Drops every bank entry but those under `keys`: entries of edited files are useless.
    func keep(only keys: Set<String>) {
        folder.remove { name in
            name.hasPrefix(Self.prefix) && name.hasSuffix(".cache")
                && !keys.contains(String(name.dropFirst(Self.prefix.count).dropLast(".cache".count)))
        }
    }
}
