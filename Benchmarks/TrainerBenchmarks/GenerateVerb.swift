import Foundation
import TrainerScale

/// `trainer-benchmarks generate --seed N --size small|full --out FILE`: a synthetic organisation
/// in a new database FILE, its content folder beside it (see TrainerScale/ScaleGenerator.swift).
func runGenerate(_ arguments: [String]) throws {
    func value(_ name: String) -> String? {
        arguments.firstIndex(of: name).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
    }
    guard let out = value("--out"), let size = ScaleSize.named(value("--size") ?? "full"), let seed = UInt64(value("--seed") ?? "1") else {
        print("usage: trainer-benchmarks generate --seed N --size small|full --out FILE")
        exit(2)
    }
    let started = Date()
    let generator = ScaleGenerator(seed: seed, size: size, shippedContent: shippedContentRoot)
    try generator.generate(databaseAt: out)
    print("generated in \(String(format: "%.1f", Date().timeIntervalSince(started))) s: \(out)")
    print("content: \(ScaleGenerator.contentFolder(besideDatabase: out).path)")
    print(try ScaleFingerprint.of(databaseAt: out))
    print("run commands with TRAINER_NOW=\(ScaleNames.now), passphrase \(ScaleNames.passphrase)")
}

/// The project's root: the shipped Curriculum/ and QuestionBanks/.
let shippedContentRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
