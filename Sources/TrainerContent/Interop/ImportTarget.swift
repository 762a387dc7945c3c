import Foundation
import TrainerCore

/// The bank file an import writes, `QuestionBanks/<topic>.yaml` in a content folder, and what
/// the folder already holds (the bank to merge into, the ids the other banks use).
public struct ImportTarget: Sendable {
    public let root: URL
    public let topic: String

    public init(root: URL, topic: String) {
        self.root = root
        self.topic = topic
    }

    public static func isValidTopic(_ topic: String) -> Bool { Identifier.isValid(topic) }

    public var folder: String { root.appendingPathComponent(ContentLoader.banksFolder).path }
    public var path: String { folder + "/\(topic).yaml" }
    /// The path as authors see it in messages.
    public var displayPath: String { "\(ContentLoader.banksFolder)/\(topic).yaml" }
    public var exists: Bool { FileManager.default.fileExists(atPath: path) }

    public func existingBank() -> Result<QuestionBank, ContentReport> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(ContentReport([Diagnostic(path: displayPath, message: "cannot read the file")]))
        }
        return BankFile.read(String(decoding: data, as: UTF8.self), path: displayPath, topic: topic)
    }

    /// Question ids of every other bank that reads cleanly (ids must be unique across banks).
    public func idsInOtherBanks() -> Set<String> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var ids = Set<String>()
        for name in names where name.hasSuffix(".yaml") && name != "\(topic).yaml" {
            guard let data = FileManager.default.contents(atPath: folder + "/" + name),
                  case .success(let bank) = BankFile.read(String(decoding: data, as: UTF8.self), path: name,
                                                          topic: String(name.dropLast(5))) else { continue }
            ids.formUnion(bank.questions.map(\.id))
        }
        return ids
    }
}

extension BankImport {
    /// The imported questions added to an existing bank: one with an id the bank already has
    /// replaces it in place (a re-import of a changed file), the others come after. The bank
    /// keeps its title and settings.
    public static func merge(_ imported: QuestionBank, into existing: QuestionBank) -> QuestionBank {
        var merged = existing
        for question in imported.questions {
            if let index = merged.questions.firstIndex(where: { $0.id == question.id }) {
                merged.questions[index] = question
            } else {
                merged.questions.append(question)
            }
        }
        return merged
    }

    /// The bank with every id that another bank already uses given a free suffix.
    public static func avoiding(_ taken: Set<String>, in bank: QuestionBank) -> QuestionBank {
        var bank = bank
        var used = taken.union(bank.questions.map(\.id))
        for index in bank.questions.indices where taken.contains(bank.questions[index].id) {
            let id = unique(bank.questions[index].id, among: used)
            used.insert(id)
            bank.questions[index].id = id
        }
        return bank
    }
}
