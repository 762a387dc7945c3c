import Testing
import TrainerCore

/// The stemmer and the phrase patterns the intent library is written in.
@Suite struct IntentMatcherTests {
    @Test func theStemmerFoldsInflections() {
        let pairs = [("refunds", "refund"), ("refunded", "refund"), ("refunding", "refund"), ("escalation", "escal"),
                     ("escalated", "escal"), ("ponies", "poni"), ("caresses", "caress"), ("hopping", "hop"),
                     ("relational", "relat"), ("generalization", "gener"), ("help", "help"), ("it", "it")]
        for (word, stem) in pairs { #expect(Stemmer.stem(word) == stem, "\(word)") }
        #expect(Stemmer.stem("escalate") == Stemmer.stem("escalating"))
    }

    @Test func wordsMatchInAnyOrderWithinTheWindow() {
        let pattern = PhrasePattern("refund top|topup")
        #expect(pattern.match(LineTokens("Can I get a refund for the top-up?")) != .missed)
        #expect(pattern.match(LineTokens("the topup I want refunded")) != .missed)
        // Too far apart, or in another sentence.
        #expect(pattern.match(LineTokens("refund, and by the way, the old one, the top-up")) == .missed)
        #expect(pattern.match(LineTokens("A refund. The topup.")) == .missed)
    }

    @Test func casePunctuationAndContractionsDoNotMatter() {
        let pattern = PhrasePattern("i will call you back")
        #expect(pattern.match(LineTokens("I'LL CALL YOU BACK!!!")) == .matched(words: ["i", "will", "call", "you", "back"]))
    }

    @Test func prefixesNumbersAndSlack() {
        #expect(PhrasePattern("within <n> minute*").match(LineTokens("within 15 minutes")) != .missed)
        #expect(PhrasePattern("within <n> minute*").match(LineTokens("within fifteen minutes")) == .missed)
        #expect(PhrasePattern("right now ~0").match(LineTokens("right now")) != .missed)
        #expect(PhrasePattern("right now ~0").match(LineTokens("right, so now")) == .missed)
    }

    @Test func negationsVoidAMatchButNotAcrossClauses() {
        let help = PhrasePattern("i can help")
        #expect(help.match(LineTokens("I can't help you")) == .negated(words: ["i", "can", "help"], by: "not"))
        #expect(help.match(LineTokens("No, I can help")) == .matched(words: ["i", "can", "help"]))
        #expect(help.match(LineTokens("I can't do it today, but I can help tomorrow")) != .missed)
        #expect(PhrasePattern("not help").match(LineTokens("I can't help")) == .matched(words: ["not", "help"]))
    }

    @Test func anUnlessPatternCancelsTheIntent() {
        let intent = Intent(id: "dont_understand", label: "x", polarity: .negative,
                            patterns: [PhrasePattern("not understand")], unless: [PhrasePattern("could you")])
        let matcher = IntentMatcher(intents: [intent])
        #expect(matcher.recognise("I don't understand.") == ["dont_understand"])
        #expect(matcher.recognise("I don't understand, could you explain?") == [])
        #expect(matcher.explain("I don't understand, could you explain?").first?.verdict == .cancelled(by: "could you"))
    }

    @Test func anEmptyPatternMatchesNothing() {
        #expect(PhrasePattern("~2").isEmpty)
        #expect(PhrasePattern("!!").isEmpty)
        #expect(PhrasePattern("~2").match(LineTokens("")) == .missed)
    }
}
