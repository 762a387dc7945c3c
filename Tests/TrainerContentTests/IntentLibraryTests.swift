import Foundation
import Testing
import TrainerContent
import TrainerCore

/// The shipped intent library on paraphrases it must recognise and near misses it must not.
@Suite struct IntentLibraryTests {
    let matcher: IntentMatcher

    init() throws {
        let curriculum = try ContentLoader(root: ShippedContentTests.root).load().get()
        matcher = IntentMatcher(intents: curriculum.intents)
    }

    func recognises(_ intent: String, _ lines: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for line in lines {
            #expect(matcher.recognise(line).contains(intent), "`\(line)` should show \(intent)", sourceLocation: sourceLocation)
        }
    }

    func ignores(_ intent: String, _ lines: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for line in lines {
            #expect(!matcher.recognise(line).contains(intent), "`\(line)` should not show \(intent)", sourceLocation: sourceLocation)
        }
    }

    @Test func helpOfferedInAnyWordingButNeverWhenNegated() {
        recognises("offer_help", ["I can help you with that.", "HAPPY TO HELP!", "I'll gladly help", "Let me help you.", "How may I assist you?"])
        ignores("offer_help", ["I can't help you.", "I cannot help with that", "I won't be able to help, sorry.", "I don't think I can help.", "No, I can't assist."])
        recognises("refuse_help", ["I can't help you.", "There's nothing we can do."])
        ignores("refuse_help", ["I can help you.", "No problem, I can help."])
    }

    @Test func greetingsAndIdentification() {
        recognises("greeting", ["Good morning!", "hi there", "Hello, Tracklight support, Alex speaking.", "Thanks for calling Tracklight."])
        ignores("greeting", ["Which account is this?", "highlight the row"])
        recognises("identify", ["Which account is it about?", "Could I have your e-mail address?", "What's the project name?",
                                "Can you confirm the account e-mail?", "May I get your name?"])
        ignores("identify", ["I will send a report", "Thank you."])
    }

    @Test func clarifyingQuestionsInTheirParaphrases() {
        recognises("clarify", ["What exactly happens?", "Could you describe what you see?", "Can you walk me through it?",
                               "Which page is it on?", "Do you have a screenshot?"])
        recognises("ask_since", ["Since when?", "When did it start?", "How long has it been like this?", "When did you first notice it?"])
        recognises("ask_impact", ["How many calls have you missed?", "How urgent is it for you?", "Is everyone affected?"])
        recognises("ask_change", ["Did anything change recently?", "Has anyone updated the website?", "What changed?"])
    }

    @Test func timeFramesAndPromisesWithout() {
        recognises("time_frame", ["I'll call you back within 30 minutes.", "You'll hear from me by 15:00.", "by tomorrow at the latest",
                                  "within the hour", "It takes about 5 minutes.", "every hour until it's fixed"])
        ignores("time_frame", ["We'll look into it.", "I will check your account."])
        recognises("vague_promise", ["We'll get back to you soon.", "Someone will contact you.", "ASAP!"])
        ignores("vague_promise", ["We'll get back to you within 2 hours.", "Someone will contact you by tomorrow."])
    }

    @Test func theClosingStepsAreTold() {
        recognises("summary", ["To sum up: the script is back.", "Just to recap what we did", "Here are the next steps."])
        recognises("closing_question", ["Did that help?", "Is there anything else I can do?", "Does that answer your question?", "Does that work for you?"])
        ignores("closing_question", ["I'll help you right away, this is urgent."])
        recognises("thanks", ["Thank you!", "thanks a lot", "I appreciate your patience."])
    }

    @Test func whatALeadMarksDown() {
        recognises("blame", ["You should have checked that.", "That's your fault.", "You forgot to top up.", "You didn't read the guide."])
        ignores("blame", ["I should have asked earlier.", "You should see the number now."])
        recognises("dont_understand", ["I don't understand you.", "That makes no sense.", "What are you talking about?"])
        ignores("dont_understand", ["I don't understand, could you describe what you see?", "I understand."])
        recognises("rude", ["Calm down.", "That's not my problem.", "As I already said, it works."])
        recognises("faq_only", ["Read the FAQ.", "It's in our documentation."])
        ignores("faq_only", ["Here is the guide, and I'll walk you through it step by step."])
        recognises("jargon", ["The DNI script is blocked by the CDN cache.", "The webhook payload is empty."])
        recognises("asks_secret", ["Send me your password.", "Please paste your API secret here.", "What's your login?"])
        ignores("asks_secret", ["Please never send us your password.", "Paste the secret into the Integrations page yourself; don't send it to us."])
    }
}
