import Mustache
import Testing
@testable import TrainerCLI
import TrainerCore

/// The sheet is written straight from its view; the Mustache templates it replaces
/// (`SheetTemplates`) are the oracle: every part present or absent, text HTML must escape, both
/// copies, the same bytes.
@Suite struct SheetTextTests {
    typealias View = SheetDocument.View

    static func entry(_ number: Int, reason: String?, key: String?, options: [String]) -> SheetDocument.Entry {
        SheetDocument.Entry(number: number, prompt: "Prompt \(number): a customer says \"it's <down> & out\"?", reason: reason,
                            options: options.enumerated().map { SheetDocument.Option(letter: AnswerParser.letter($0), text: $1) },
                            key: key)
    }

    static let views: [View] = {
        let full = View(
            title: "Meeting 3 with tom · 2026-11-23", statusLine: "Plan day 6 of 15, 40% done, on track.",
            coveredHeading: "Covered since the last meeting (2026-11-16)",
            covered: ["Day 5 (2026-11-20): Triage — Pools; triage quiz (passed)", "Day 6 (2026-11-23): <Tags> & 'quotes'"], hasCovered: true,
            questions: [entry(1, reason: "missed 2026-11-20, weak topic", key: "A, C. Because <b>bold</b> & \"quoted\".", options: ["One", "Two <2>", "Thre'e"]),
                        entry(2, reason: nil, key: "B", options: ["x"]),
                        entry(3, reason: "", key: "", options: [])],
            mistakes: [SheetDocument.Mistake(prompt: "What is <SLA>?", id: "sla-1"), SheetDocument.Mistake(prompt: "Café & e\u{301}", id: "q&2")],
            hasMistakes: true, rolePlay: "Play this customer: \"I'm losing money\" <now>.", listenFor: "Stay calm; apologise & act",
            logLine: "meeting log tom --notes \"...\" --outcome ok")
        var traineeCopy = full
        traineeCopy.questions = full.questions.map { var entry = $0; entry.reason = nil; entry.key = nil; return entry }
        traineeCopy.listenFor = nil
        traineeCopy.logLine = nil
        traineeCopy.rolePlay = SheetDocument.traineeRolePlay
        var empty = traineeCopy
        empty.covered = []
        empty.hasCovered = false
        empty.questions = []
        empty.mistakes = []
        empty.hasMistakes = false
        var emptyListen = full
        emptyListen.listenFor = ""
        emptyListen.covered = []
        emptyListen.hasCovered = false
        return [full, traineeCopy, empty, emptyListen]
    }()

    static func mustache(_ view: View, _ template: String) throws -> String {
        var library = MustacheLibrary()
        try library.register(template, named: "sheet")
        try library.register(SharedTemplates.a4Style, named: "a4-style")
        return try #require(library.render(view, withTemplate: "sheet"))
    }

    @Test(arguments: 0..<views.count) func theMarkdownIsWhatTheTemplateGave(_ index: Int) throws {
        let view = Self.views[index]
        #expect(SheetDocument.markdown(view) == (try Self.mustache(view, SheetTemplates.markdown)))
    }

    @Test(arguments: 0..<views.count) func theHTMLIsWhatTheTemplateGave(_ index: Int) throws {
        let view = Self.views[index]
        #expect(SheetDocument.html(view) == (try Self.mustache(view, SheetTemplates.html)))
    }

    @Test func htmlEscapingLeavesCombinedMarksAsMustacheDid() {
        #expect(HTMLEscaping.escaped("a<b>&\"'") == "a&lt;b&gt;&amp;&quot;&#39;")
        #expect(HTMLEscaping.escaped("<\u{338}") == "<\u{338}")
        #expect(HTMLEscaping.escaped("plain") == "plain")
    }
}
