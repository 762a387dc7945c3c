import Foundation
import PropertyBased
import Testing
import TrainerContent
import TrainerCore

/// Random and adversarial input never crashes the parsers; every problem names a line inside
/// the file, and whatever imports is a bank `check` reads back.
@Suite struct ParserPropertyTests {
    static let giftTokens = [
        "{", "}", "~", "=", "#", "####", "%", "%50%", "%-100%", "%33.33333%", "%x%", "%%", "::", ":", "\\", "\\~", "\\=",
        "\\#", "\\{", "\\}", "\\:", "\\\\", "\\n", "\n", "\n\n", "\r\n", "\r", " ", "\t", "//", "// [id:x-1]", "// [tag:trainer-exam]",
        "$CATEGORY:", "$course$/top/", "[html]", "[markdown]", "[plain]", "[moodle]", "[word]", "T", "TRUE", "FALSE", "->",
        "<p>", "</p>", "<b>", "<!--", "-->", "&nbsp;", "&#x41;", "&", "<", "\u{FEFF}", "\u{E001}", "é", "ł", "Ж", "😀", "a", "Question",
    ]
    static let xmlTokens = [
        "<?xml version=\"1.0\"?>", "<quiz>", "</quiz>", "<question type=\"multichoice\">", "<question type=\"truefalse\">",
        "<question type=\"category\">", "<question type=\"essay\">", "<question>", "</question>", "<questiontext format=\"html\">",
        "</questiontext>", "<text>", "</text>", "<answer fraction=\"100\">", "<answer fraction=\"-50\">", "<answer fraction=\"x\">",
        "<answer>", "</answer>", "<feedback>", "</feedback>", "<single>", "false", "</single>", "<shuffleanswers>", "</shuffleanswers>",
        "<category>", "</category>", "<![CDATA[", "]]>", "&lt;p&gt;", "&amp;", "&nbsp;", "&#1046;", "<p>", "\n", " ", "a", "Ł", "<", ">",
        "<idnumber>", "</idnumber>", "<tags><tag><text>trainer-exam</text></tag></tags>",
    ]
    static let giftTexts = Gen<String?>.element(of: giftTokens).map { $0 ?? "" }.array(of: 0...80).map { $0.joined() }
    static let xmlTexts = Gen<String?>.element(of: xmlTokens).map { $0 ?? "" }.array(of: 0...80).map { $0.joined() }
    static let randomBytes = Gen<UInt8>.value(in: 0...255).array(of: 0...300)

    func check(_ file: MoodleFile, lineCount: Int, format: InteropFormat) throws {
        for problem in file.problems {
            #expect((1...lineCount + 1).contains(problem.line), "\(problem)")
            #expect(!problem.message.isEmpty)
        }
        guard file.problems.isEmpty else { return }
        let imported = BankImport.bank(from: file, topic: "fuzz")
        for skip in imported.skipped { #expect(skip.line >= 1 && skip.line <= lineCount + 1, "\(skip)") }
        guard !imported.bank.questions.isEmpty else { return }
        let yaml = try BankWriter.yaml(imported.bank)
        let back = BankFile.read(yaml, path: "fuzz.yaml", topic: "fuzz")
        #expect((try? back.get()) == imported.bank, "\(yaml)")
    }

    static func lines(_ bytes: [UInt8]) -> Int { bytes.filter { $0 == 0x0A || $0 == 0x0D }.count + 1 }

    @Test func giftFromControlCharacters() async {
        await propertyCheck(count: 2000, input: Self.giftTexts) { text in
            let bytes = Array(text.utf8)
            try check(InteropFormat.gift.parse(bytes, path: "fuzz"), lineCount: Self.lines(bytes), format: .gift)
        }
    }

    @Test func giftFromRandomBytes() async {
        await propertyCheck(count: 1000, input: Self.randomBytes) { bytes in
            try check(InteropFormat.gift.parse(bytes, path: "fuzz"), lineCount: Self.lines(bytes), format: .gift)
        }
    }

    @Test func xmlFromMoodleFragments() async {
        await propertyCheck(count: 1000, input: Self.xmlTexts) { text in
            let bytes = Array(text.utf8)
            try check(InteropFormat.moodleXML.parse(bytes, path: "fuzz"), lineCount: Self.lines(bytes), format: .moodleXML)
        }
    }

    @Test func xmlFromRandomBytes() async {
        await propertyCheck(count: 1000, input: Self.randomBytes) { bytes in
            let file = InteropFormat.moodleXML.parse(bytes, path: "fuzz")
            try check(file, lineCount: Self.lines(bytes), format: .moodleXML)
        }
    }

    /// Well-formed GIFT built from random answers always imports, with the weights written.
    @Test func wellFormedGIFTImportsWithItsWeights() async {
        let answers = zip(Gen<String?>.element(of: ["a", "b ł", "Ж c", "d\\{e\\}", "f\\:g"]).map { $0 ?? "a" },
                          Gen<Int?>.element(of: [-100, -50, 0, 25, 50, 100]).map { $0 ?? 0 }).array(of: 2...8)
        await propertyCheck(count: 200, input: answers) { picks in
            let body = picks.enumerated().map { index, pick in "~%\(pick.1)%\(pick.0) \(index)" }.joined(separator: "\n")
            let file = GIFTParser.parse("Pick?{\n\(body)\n}\n", path: "w")
            #expect(file.problems.isEmpty)
            let imported = BankImport.bank(from: file, topic: "w")
            if picks.contains(where: { $0.1 > 0 }) {
                let question = try #require(imported.bank.questions.first)
                #expect(question.options.count == picks.count)
            } else {
                #expect(imported.skipped.map(\.reason) == ["a question with no answer worth credit"])
            }
        }
    }
}
