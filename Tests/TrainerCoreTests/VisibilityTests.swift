import Testing
import TrainerCore

@Suite struct AttemptVisibilityTests {
    let open = AttemptVisibility.Standing(isSubmitted: false, isAbandoned: false)
    let submitted = AttemptVisibility.Standing(isSubmitted: true, isAbandoned: false)
    let abandoned = AttemptVisibility.Standing(isSubmitted: false, isAbandoned: true)

    @Test func aPracticeReviewOpensToItsOwnerAtSubmit() {
        #expect(!AttemptVisibility.showsKey(of: .quiz, open, toOwner: true, viewerRole: .trainee))
        #expect(AttemptVisibility.showsKey(of: .quiz, submitted, toOwner: true, viewerRole: .trainee))
        #expect(!AttemptVisibility.showsKey(of: .review, abandoned, toOwner: true, viewerRole: .trainee))
    }

    @Test func anExamStaysSealedUntilTheSessionCloses() {
        #expect(!AttemptVisibility.showsKey(of: .exam, submitted, toOwner: true, viewerRole: .trainee))
        var closed = submitted
        closed.isSessionClosed = true
        #expect(AttemptVisibility.showsKey(of: .exam, closed, toOwner: true, viewerRole: .trainee))
    }

    @Test func mentorsAndLeadsSeeTheirTraineesAttemptsWhole() {
        #expect(AttemptVisibility.showsKey(of: .quiz, abandoned, toOwner: false, viewerRole: .mentor))
        #expect(AttemptVisibility.showsKey(of: .quiz, open, toOwner: false, viewerRole: .lead))
        #expect(!AttemptVisibility.showsKey(of: .quiz, submitted, toOwner: false, viewerRole: .trainee))
    }
}

@Suite struct InertTextTests {
    @Test func controlCharactersAndEscapesBecomeVisible() {
        #expect(InertText.visible("\u{1B}]0;title\u{07}ok\u{1B}[2J") == "^[]0;title^Gok^[[2J")
        #expect(InertText.visible("a\u{7F}b\u{9B}c") == "a^?b<U+009B>c")
        #expect(InertText.visible("two\nlines\tand tab") == "two^Jlines\tand tab")
        #expect(InertText.visible("two\nlines", keepsLineBreaks: true) == "two\nlines")
        #expect(InertText.visible("zoë 日本") == "zoë 日本")
        #expect(InertText.isInert("plain text") && !InertText.isInert("\u{1B}[31m"))
    }

    /// Text with nothing to change comes back as it is (found by its bytes); anything else has
    /// every control made visible, whatever sits around it.
    @Test(arguments: 1...300 as ClosedRange<UInt64>)
    func randomTextIsInertOnceShown(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let pieces = ["a", " ", "é", "日", "👩‍💻", "e\u{301}", "\t", "\n", "\r\n", "\u{1B}[2J", "\u{07}", "\u{7F}", "\u{85}", "\u{9F}",
                      "\u{A0}", "\u{C2}", "Â", "\u{0}"]
        let text = (0..<Int(random.next() % 12)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
        for keepsLineBreaks in [false, true] {
            let shown = InertText.visible(text, keepsLineBreaks: keepsLineBreaks)
            let controls = shown.unicodeScalars.filter {
                $0.value < 0x20 && $0 != "\t" && ($0 != "\n" || !keepsLineBreaks) || (0x7F..<0xA0).contains($0.value)
            }
            #expect(controls.isEmpty, "\(text.debugDescription) → \(shown.debugDescription)")
            let untouched = !text.unicodeScalars.contains {
                $0.value < 0x20 && $0 != "\t" && ($0 != "\n" || !keepsLineBreaks) || (0x7F..<0xA0).contains($0.value)
            }
            #expect(untouched == (shown == text), "\(text.debugDescription) → \(shown.debugDescription)")
        }
    }
}
