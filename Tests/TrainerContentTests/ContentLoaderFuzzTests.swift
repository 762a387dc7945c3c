import Foundation
import PropertyBased
import Testing
import TrainerContent
import TrainerCore
import TrainerTestSupport

/// Issue 15, point 5: content edited by hand, badly. Valid banks, plans, exams, scenarios and
/// intent libraries are mutated at random (lines dropped, doubled, swapped, re-indented, cut;
/// YAML punctuation, tabs, control characters and invalid UTF-8 dropped in) and read by the
/// loader: it never crashes, and every problem it reports names a file of the content and a line
/// in it.
@Suite struct ContentLoaderFuzzTests {
    /// The files of a small valid content tree, by path.
    static let valid: [(path: String, text: String)] = [
        ("QuestionBanks/fruit.yaml", ContentFixture.fruitBank),
        ("QuestionBanks/hall.yaml", DrillBank.exam(questions: 3)),
        ("QuestionBanks/exams/hall-cert.yaml", DrillBank.blueprint(questions: 2)),
        ("Curriculum/basic/plan.yaml", ContentFixture.plan + "      - exam: hall-cert\n      - roleplay: locked-out\n"),
        ("Curriculum/basic/lessons/hello.md", ContentFixture.lesson),
        ("Curriculum/scenarios/intents.yaml", ContentFixture.intents),
        ("Curriculum/scenarios/locked-out.yaml", ContentFixture.scenario),
    ]

    static let debris: [[UInt8]] = [
        Array(": ".utf8), Array("- ".utf8), Array("[".utf8), Array("{".utf8), Array("}".utf8), Array("&a ".utf8), Array("*a".utf8),
        Array("!!binary ".utf8), Array("~".utf8), Array("? ".utf8), Array("|".utf8), Array(">-".utf8), Array("\"".utf8), Array("'".utf8),
        Array("#".utf8), Array("%YAML 1.1".utf8), Array("---".utf8), Array("...".utf8), [9], [0], [13], [0x1B], [0xFF], [0xC3], [0xEF, 0xBB, 0xBF],
        Array("99999999999999999999999".utf8), Array("-1".utf8), Array("1e400".utf8), Array(".nan".utf8), Array("null".utf8),
        Array("yes".utf8), Array(String(repeating: "z", count: 5_000).utf8), Array("id: fruit-001".utf8), Array("correct: true".utf8),
        Array("  ".utf8), Array("\n".utf8),
    ]

    /// One damaged content tree, fixed by its seed.
    struct Damage: CustomStringConvertible {
        let seed: UInt64
        var files: [(path: String, bytes: [UInt8])] = []
        var description: String { "damage seed \(seed)" }

        init(seed: UInt64) {
            self.seed = seed
            var random = SeededGenerator(seed: seed)
            files = valid.map { ($0.path, Array($0.text.utf8)) }
            // Most trees get one or two damaged files; some many.
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let index = Int.random(in: 0..<files.count, using: &random)
                files[index].bytes = Self.mutate(files[index].bytes, using: &random)
            }
        }

        static func mutate(_ bytes: [UInt8], using random: inout SeededGenerator) -> [UInt8] {
            var lines = bytes.split(separator: 10, omittingEmptySubsequences: false).map(Array.init)
            for _ in 0..<Int.random(in: 1...6, using: &random) where !lines.isEmpty {
                let at = Int.random(in: 0..<lines.count, using: &random)
                switch Int.random(in: 0..<8, using: &random) {
                case 0: lines.remove(at: at)
                case 1: lines.insert(lines[at], at: at)
                case 2: lines.swapAt(at, Int.random(in: 0..<lines.count, using: &random))
                case 3: lines[at] = Array(repeating: UInt8(ascii: " "), count: Int.random(in: 0...6, using: &random)) + lines[at].drop { $0 == 32 }
                case 4: lines.removeLast(Int.random(in: 0...lines.count, using: &random))
                case 5: lines[at] = (0..<Int.random(in: 0...40, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
                default:
                    let cut = Int.random(in: 0...lines[at].count, using: &random)
                    lines[at].insert(contentsOf: debris.randomElement(using: &random) ?? [], at: cut)
                }
            }
            return Array(lines.joined(separator: [10]))
        }
    }

    static let trees = Gen.int64().map { Damage(seed: UInt64(bitPattern: $0)) }

    @Test func damagedContentIsReportedFileByFileAndLineByLine() async {
        await propertyCheck(count: 150, input: Self.trees) { damage in
            let folder = TemporaryDirectory()
            for file in damage.files {
                let url = folder.url.appendingPathComponent(file.path)
                try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                _ = FileManager.default.createFile(atPath: url.path, contents: Data(file.bytes))
            }
            let lineCounts = Dictionary(uniqueKeysWithValues: damage.files.map { ($0.path, $0.bytes.count { $0 == 10 } + 1) })
            guard case .failure(let report) = ContentLoader(root: folder.url).loadWithPlaces() else { return }
            #expect(!report.diagnostics.isEmpty, "\(damage): a failure without a diagnostic")
            for diagnostic in report.diagnostics {
                let lines = lineCounts[diagnostic.path]
                #expect(lines != nil, "\(damage): `\(diagnostic)` names no file of the content")
                #expect(diagnostic.line >= 1 && diagnostic.line <= (lines ?? 0) + 1 && diagnostic.column >= 1,
                        "\(damage): `\(diagnostic)` points outside its file (\(lines ?? 0) lines)")
                #expect(diagnostic.message.utf8.count < 1_000, "\(damage): a message of \(diagnostic.message.utf8.count) bytes")
            }
        }
    }
}

/// Found by the fuzz: a plan naming a 5,000-character track, topic and lesson was quoted whole.
@Suite struct HugeContentValuesTests {
    @Test func aHugeValueIsQuotedShortlyAndInertly() {
        let folder = TemporaryDirectory()
        ContentFixture.write(to: folder)
        let huge = String(repeating: "z", count: 5_000)
        folder.write("Curriculum/basic/plan.yaml", ContentFixture.plan.replacingOccurrences(of: "quiz: fruit", with: "quiz: \(huge)")
            .replacingOccurrences(of: "lesson: hello", with: "lesson: \"\\e[2J\(huge)\""))
        guard case .failure(let report) = ContentLoader(root: folder.url).load() else {
            Issue.record("the plan names a topic and a lesson that do not exist")
            return
        }
        #expect(report.diagnostics.count == 2)
        for diagnostic in report.diagnostics {
            #expect(diagnostic.path == "Curriculum/basic/plan.yaml" && diagnostic.line > 1)
            #expect(diagnostic.description.utf8.count < 500, "\(diagnostic.description.prefix(600))")
            #expect(!diagnostic.description.contains("\u{1B}"))
        }
    }
}
