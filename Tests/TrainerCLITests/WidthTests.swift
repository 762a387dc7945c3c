import Testing
@testable import TrainerCLI
import TrainerCore

/// Fitting text and tables to a terminal's width (issue 9, point 8).
@Suite struct WidthTests {
    /// The wrapping stream finds lines in the UTF-8 exactly where splitting by `Character` does:
    /// a CR LF pair stays one character, combining marks and joined emoji never hide a break.
    @Test(arguments: 1...300 as ClosedRange<UInt64>)
    func linesAreFoundWhereCharactersSplit(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let pieces = ["a", " ", "\n", "\r", "\r\n", "\n\u{301}", "é", "👩‍💻", "\u{200D}", "日本", "\n\n", "\t"]
        let text = (0..<Int(random.next() % 14)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
        #expect(WrappingStream.lines(of: text) == text.split(separator: "\n", omittingEmptySubsequences: false), "\(text.debugDescription)")
    }

    @Test func longLinesBreakAtSpacesAndKeepTheirIndent() {
        let lines = LineFitting.fit("  1.2   [ ] Read: Welcome to the support team  (`read welcome`)", width: 30)
        #expect(lines == ["  1.2   [ ] Read: Welcome to", "    the support team  (`read", "    welcome`)"])
        #expect(lines.allSatisfy { $0.count <= 30 })
    }

    @Test func aLineThatFitsIsUntouchedSpacingIncluded() {
        #expect(LineFitting.fit("Overall   ████░░  50%", width: 40) == ["Overall   ████░░  50%"])
    }

    @Test func aWordWiderThanTheLineIsCut() {
        let lines = LineFitting.fit("see " + String(repeating: "x", count: 25), width: 10)
        #expect(lines.allSatisfy { $0.count <= 10 })
        #expect(lines.joined().filter { $0 == "x" }.count == 25)
    }

    @Test func stylesTakeNoRoom() {
        let bold = Style(enabled: true).bold("word")
        #expect(LineFitting.fit("\(bold) \(bold) \(bold)", width: 14) == ["\(bold) \(bold) \(bold)"])
    }

    @Test func aTableShrinksItsWidestTextColumnWithAnEllipsis() {
        let table = Table.render(["name", "weakest", "waiting"], [["tom", "call-tracking, analytics, product", "0"]], width: 30)
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.count <= 30 }, "\(table)")
        #expect(lines[2] == "tom   call-tracking,…  0")
    }

    @Test func aTableThatFitsIsUnchanged() {
        #expect(Table.render(["a", "b"], [["x", "y"]], width: 80) == Table.render(["a", "b"], [["x", "y"]]))
    }
}
