import Foundation

/// A bank that passes the item-writing lint, and the same bank with exactly one flawed item per
/// rule (the flaws are marked `# flaw:` in the text).
public enum LintFixture {
    public static let cleanBank = """
        topic: lint
        title: Lint fixture
        questions:
          - id: lint-001
            prompt: A Growth customer asks how many tracking numbers the plan includes. What do you answer?
            options:
              - text: Twenty numbers, more for a monthly fee
                correct: true
              - text: Five numbers and no way to add any
                feedback: Five is the Start plan.
              - text: Fifty numbers on a yearly contract
                feedback: That is the Business plan.
              - text: As many numbers as the balance allows
                feedback: Numbers are counted per plan.
          - id: lint-002
            prompt: Which details belong in a bug report for the developers?
            options:
              - text: The steps that reproduce the fault
                correct: true
              - text: The account id and the time it happened
                correct: true
              - text: How angry the customer sounded
                feedback: Mood does not help a developer reproduce it.
              - text: A guess at which server is broken
                feedback: Report what you saw, not a guess.
          - id: lint-003
            prompt: Which channel answers a customer who writes in the chat widget?
            options:
              - text: The chat, in the same conversation
                correct: true
              - text: A phone call within the hour
                feedback: The customer chose the chat.
              - text: An email to the account owner
                feedback: The writer may not be the owner.
          - id: lint-004
            prompt: Which of these pause the resolution clock of a ticket?
            options:
              - text: Waiting for the customer's reply
                correct: true
              - text: A weekend on a business-hours plan
                correct: true
              - text: Waiting for a colleague's review
                feedback: Internal waiting counts against us.
          - id: lint-005
            prompt: How long does the first reply to a chat take at most?
            options:
              - text: Two minutes
                correct: true
              - text: Ten minutes
                feedback: Ten is the phone callback target.
              - text: One hour
                feedback: An hour is the email target.
              - text: Four hours
                feedback: Four hours is far too slow for chat.
              - text: One day
                feedback: A day is the limit for routine email.
              - text: Thirty seconds
                feedback: Thirty seconds is for the phone line.
          - id: lint-006
            prompt: Put the steps of a callback in order; which steps come before dialling?
            shuffle: false
            options:
              - text: Greet the customer by name
                feedback: Greeting happens once they answer.
              - text: Read the ticket history
                correct: true
              - text: Check the customer's plan
                correct: true
              - text: Write the summary note
                feedback: The note comes after the call.
              - text: Close the ticket
                feedback: Closing comes last.
              - text: Ask for a rating
                feedback: A rating comes after closing.
          - id: lint-007
            prompt: Which plan includes call recording with transcripts?
            options:
              - text: Business
                correct: true
              - text: Start
                feedback: Start records calls without transcripts.
              - text: Growth
                feedback: Growth has recording, transcripts cost extra.
              - text: Trial
                feedback: The trial has recording switched off.
              - text: Partner
                feedback: Partner is a reseller contract.
          - id: lint-008
            prompt: Which signs point to a customer who may leave soon?
            options:
              - text: Logins dropped by half this month
                correct: true
              - text: Billing contact asks about the contract end
                correct: true
              - text: Three feature requests in a week
                feedback: Requests show engagement.
              - text: A new admin user was invited
                feedback: New users show growth.
              - text: Numbers were added to the pool
                feedback: Added numbers mean more use.
          - id: lint-009
            prompt: A customer on the Start plan sees no calls in the dashboard since nine this morning. What do you check first?
            options:
              - text: The account balance
                correct: true
              - text: The browser version
                feedback: The dashboard works in every current browser.
              - text: The GA4 connection
                feedback: GA4 does not block calls from reaching the dashboard.
              - text: The number of users
                feedback: User seats do not affect calls.
          - id: lint-x001
            prompt: A Business customer reports that the call report for last week is empty. Where do you look first?
            pool: exam
            options:
              - text: The report's date filter
                correct: true
              - text: The call forwarding target
                correct: true
              - text: The invoice for last month
                feedback: Invoices do not filter reports.
              - text: The customer's browser cache
                feedback: A cached page still shows last week's data.

        """

    /// The clean bank with one flaw per rule.
    public static let flawedBank = cleanBank
        // key-longest: lint-001's key grows far past every distractor.
        .replacingOccurrences(of: "- text: Twenty numbers, more for a monthly fee",
                              with: "- text: Twenty numbers, and more for a monthly fee per extra number  # flaw: key-longest")
        // all-or-none
        .replacingOccurrences(of: "- text: A guess at which server is broken", with: "- text: None of the above  # flaw: all-or-none")
        // absolute-words
        .replacingOccurrences(of: "- text: A phone call within the hour", with: "- text: Always a phone call  # flaw: absolute-words")
        // negative-stem
        .replacingOccurrences(of: "prompt: Which of these pause the resolution clock of a ticket?",
                              with: "prompt: Which of these do not stop the resolution clock?  # flaw: negative-stem")
        // wrong-option-no-feedback
        .replacingOccurrences(of: "        feedback: Ten is the phone callback target.\n", with: "")
        // unshuffled-key-first: the first option becomes correct in a question with shuffle off.
        .replacingOccurrences(of: "feedback: Greeting happens once they answer.", with: "correct: true  # flaw: unshuffled-key-first")
        // count-predicts-answers: lint-008 becomes single-answer, so both 5-option items are.
        .replacingOccurrences(of: "- text: Billing contact asks about the contract end\n        correct: true",
                              with: "- text: Billing contact asks about the contract end  # flaw: count-predicts-answers\n        feedback: A question is not a notice.")
        // near-duplicate: the exam item copies lint-009's case.
        .replacingOccurrences(of: "prompt: A Business customer reports that the call report for last week is empty. Where do you look first?",
                              with: "prompt: A customer on the Start plan sees no calls in the dashboard since nine this morning. What do you check first today?  # flaw: near-duplicate")
}
