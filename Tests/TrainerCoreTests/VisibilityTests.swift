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
}
