import Foundation
import Testing
import TrainerContent
import TrainerCore

/// The shipped saved replies are what a trainee is taught to send: the reply checklist must never
/// mark one as blaming or rude.
@Suite struct ShippedRepliesTests {
    @Test func noSavedReplyReadsAsBlameOrRude() throws {
        let curriculum = try ContentLoader(root: ShippedContentTests.root).load().get()
        let matcher = IntentMatcher(intents: curriculum.intents)
        #expect(!curriculum.replies.isEmpty)
        for reply in curriculum.replies {
            let text = reply.filled(customer: "Dana", agent: "Tom", eta: "within 4 business hours", ticket: "T3")
            let flagged = Set(matcher.recognise(text)).intersection(ReplyChecklist.impolite)
            #expect(flagged.isEmpty, "\(reply.id) reads as \(flagged.sorted()): \(text)")
        }
    }
}
