import Foundation
import Testing
import TrainerContent

/// Files Moodle would refuse: each problem names its line, and the import stops there.
@Suite struct MalformedInputTests {
    func problems(_ text: String, _ format: InteropFormat = .gift) -> [String] {
        format.parse(Array(text.utf8), path: "bank").problems.map(\.description)
    }

    @Test func anUnclosedBraceNamesItsLine() {
        #expect(problems("Fine?{=a ~b}\n\nBroken on line 3?{=a\n~b\n\nNext?{=c ~d}\n") == [
            "bank:3:1: unbalanced braces: the `{` on line 3 has no `}` before the next blank line",
        ])
    }

    @Test func aStrayClosingBraceNamesItsLine() {
        #expect(problems("// comment\nNo opening here } at all\n") == [
            "bank:2:1: unbalanced braces: the `}` on line 2 closes no `{`",
        ])
    }

    @Test func aBlankLineInsideTheAnswersSplitsTheQuestionAsInMoodle() throws {
        // The real file: its question on line 43 has a blank line before its closing brace on line 50.
        let file = try RealWorldBanks.parse("gift/vlad-bsuir-master-pm/questions.gift")
        #expect(file.problems.map(\.description) == [
            "gift/vlad-bsuir-master-pm/questions.gift:43:1: unbalanced braces: the `{` on line 43 has no `}` before the next blank line",
            "gift/vlad-bsuir-master-pm/questions.gift:50:1: unbalanced braces: the `}` on line 50 closes no `{`",
        ])
    }

    @Test func badWeightsNameTheirLine() {
        #expect(problems("Q?{\n=a\n~%abc%b\n}\n") == [
            "bank:3:1: bad weight `%abc%` on line 3: expected a percentage from -100 to 100, such as %50% or %-33.33333%",
        ])
        #expect(problems("Q?{=a ~%150%b}\n").first?.hasPrefix("bank:1:1: bad weight `%150%` on line 1") == true)
        #expect(problems("Q?{\n=a\n\n~%50 b}\n").count == 2)
        #expect(problems("Q?{=a\n~%50 b}\n") == ["bank:2:1: bad weight: the `%` on line 2 is never closed"])
    }

    @Test func brokenXMLNamesLineAndColumn() throws {
        let xml = "<?xml version=\"1.0\"?>\n<quiz>\n  <question type=\"multichoice\">\n    <name><text>A</text></nam>\n</quiz>\n"
        let found = problems(xml, .moodleXML)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("bank:4:") == true)
        #expect(found.first?.contains("broken XML at line 4") == true)
        // The real converter output uses `&nbsp;` outside CDATA, which XML does not define.
        let real = try RealWorldBanks.parse("xml/zernovga-NetTest-to-Moodle-converter/moodle.xml")
        #expect(real.problems.map(\.description) == [
            "xml/zernovga-NetTest-to-Moodle-converter/moodle.xml:2496:135: broken XML at line 2496, column 135: "
                + "an undefined entity (such as &nbsp;, which XML does not know; write &#160; or use CDATA)",
        ])
    }

    @Test func aBadFractionAndAWrongRootNameTheirLine() {
        let xml = "<quiz>\n<question type=\"multichoice\">\n<questiontext><text>Q</text></questiontext>\n"
            + "<answer fraction=\"100\"><text>a</text></answer>\n<answer fraction=\"lots\"><text>b</text></answer>\n</question>\n</quiz>\n"
        #expect(problems(xml, .moodleXML) == ["bank:5:1: bad fraction `lots` on line 5: expected a percentage from -100 to 100"])
        #expect(problems("<?xml version=\"1.0\"?>\n<html></html>", .moodleXML)
            == ["bank:2:1: the root element is <html> on line 2; a Moodle XML bank starts with <quiz>"])
        #expect(problems("", .moodleXML).count == 1)
    }

    @Test func textThatIsNotUTF8NamesItsLine() {
        let bytes: [UInt8] = Array("Q?{=a ~b}\n\n".utf8) + [0x51, 0xE9, 0x3F, 0x7B, 0x3D, 0x61, 0x7D, 0x0A]
        #expect(InteropFormat.gift.parse(bytes, path: "bank").problems.map(\.description)
            == ["bank:3:1: not UTF-8 text (line 3): save the file as UTF-8 and import it again"])
        // An element name with a stray byte once crashed Foundation's XMLParser: refused first.
        let xml: [UInt8] = [0x3C, 0xC6, 0x3C, 0x3E, 0x3C, 0x71, 0x75, 0x69, 0x7A, 0x3E]
        #expect(InteropFormat.moodleXML.parse(xml, path: "bank").problems.map(\.description)
            == ["bank:1:1: not UTF-8 text (line 1): save the file as UTF-8 and import it again"])
    }
}
