import Testing
@testable import TrainerCLI

@Suite struct MarkdownTerminalTests {
    let plain = MarkdownTerminal(style: Style(enabled: false), width: 40)

    @Test func headingsListsAndEmphasisReadAsPlainText() {
        #expect(plain.render("# Triage\n\n## Why\nA **customer** losing *money* comes `first`.\n\n- one\n1. two\n> quoted") == """
            TRIAGE
            ══════

            Why
            A customer losing money comes first.

              • one
              1. two
              │ quoted
            """)
    }

    @Test func tablesKeepAnEmptyFirstHeaderCell() {
        #expect(plain.render("| | Start | Growth |\n|---|---|---|\n| Price | $49 | $149 |") == """
                     Start  Growth
              ─────  ─────  ──────
              Price  $49    $149
            """)
    }

    @Test func longParagraphsWrapAtTheWidth() {
        let text = String(repeating: "word ", count: 30)
        #expect(plain.render(text).split(separator: "\n").allSatisfy { $0.count <= 40 })
    }

    @Test func codeBlocksAreIndentedAndLinksShowTheirAddress() {
        let wide = MarkdownTerminal(style: Style(enabled: false))
        #expect(wide.render("```\n<script src=\"tl.js\"></script>\n```\nSee [the status page](https://status.tracklight.example).")
            == "    <script src=\"tl.js\"></script>\nSee the status page (https://status.tracklight.example).")
    }
}
