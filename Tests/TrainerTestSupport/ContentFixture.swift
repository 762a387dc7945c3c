import Foundation

/// A small, valid content tree that tests change one file at a time.
public enum ContentFixture {
    /// The spec's example: A and B correct, C and D wrong (CONTENT-FORMAT.md).
    public static let fruitBank = """
        topic: fruit
        title: Fruit and vegetables
        shuffle: false
        questions:
          - id: fruit-001
            prompt: Which of these are fruits?
            options:
              - text: Apple
                correct: true
                feedback: Grows on a tree.
              - text: Pear
                correct: true
              - text: Carrot
                feedback: A root.
              - text: Potato
            explanation: Fruits carry seeds.
          - id: fruit-002
            prompt: Which one is yellow?
            kind: situational
            options:
              - text: Banana
                correct: true
              - text: Plum
              - text: Lime
          - id: fruit-x001
            prompt: Exam only, never in a quiz.
            pool: exam
            options:
              - text: Yes
                correct: true
              - text: No

        """

    public static let plan = """
        track: basic
        title: Basic track
        working_days: [mon, tue, wed, thu, fri]
        days:
          - day: 1
            title: First day
            items:
              - task: Laptop and accounts
                at: "09:00"
                minutes: 60
              - lesson: hello
              - quiz: fruit
                pass: 0.8
          - day: 2
            title: Second day
            items:
              - meeting: mentor

        """

    public static let lesson = "# Hello\n\nWelcome to the team.\n"

    /// A small intent library that defines every intent the default rubric names.
    public static let intents = """
        intents:
          - id: greeting
            label: greeting
            patterns: [hello|hi]
          - id: identify
            label: identifying the customer
            patterns: [which account|email]
          - id: clarify
            label: a clarifying question
            patterns: [what exactly]
          - id: ask_since
            label: since when
            patterns: [since when]
          - id: ask_impact
            label: the impact
            patterns: [how many]
          - id: ask_change
            label: what changed
            patterns: [anything changed]
          - id: empathy
            label: empathy
            patience: 1
            patterns: [sorry]
          - id: offer_help
            label: offering help
            patterns: [i can help]
          - id: solution
            label: a solution step
            patterns: [i have|will reset|sent]
          - id: escalate
            label: escalation
            patterns: [escalate]
          - id: time_frame
            label: a time frame
            patterns: [within <n> minute*|hour*]
          - id: summary
            label: a summary
            patterns: [sum up]
          - id: closing_question
            label: a closing question
            patterns: [anything else]
          - id: thanks
            label: thanks
            patterns: [thank|thanks]
          - id: goodbye
            label: goodbye
            patterns: [bye]
          - id: blame
            label: blaming the customer
            polarity: negative
            patience: -3
            patterns: [your fault]
          - id: rude
            label: rudeness
            polarity: negative
            patience: -3
            patterns: [calm down]
          - id: jargon
            label: jargon
            polarity: negative
            patterns: [oauth]
          - id: dont_understand
            label: I don't understand you
            polarity: negative
            patterns: [not understand you]
          - id: faq_only
            label: FAQ only
            polarity: negative
            patterns: [faq]
          - id: vague_promise
            label: a promise without a time
            polarity: negative
            patterns: [soon ~0]

        """

    /// A four-node scenario on the fixture's track: greet, find the account, fix, ask the closing question.
    public static let scenario = """
        id: locked-out
        title: A customer locked out of the dashboard
        track: basic
        difficulty: easy
        brief: A customer cannot log in to the dashboard.
        customer:
          name: Ada Lovelace
          company: Engines Ltd
          tier: Start
          channel: chat
          mood: calm
          patience: 5
        facts:
          - id: account
            label: the account
            asked_by: [identify]
            answer: It's ada@engines.example.
        start: opening
        nodes:
          - id: opening
            say: [I can't log in to the dashboard.]
            next:
              - any: [greeting]
                to: talking
          - id: talking
            say: [Yes?]
            nudge: [Hm?]
            next:
              - intents: [solution]
                facts: [account]
                to: fixed
          - id: fixed
            say: [It works now!]
            next:
              - any: [closing_question]
                to: done
          - id: done
            ending: resolved
            say: ["No, that's all. Bye!"]

        """

    /// The turns that pass `locked-out`.
    public static let skilledTurns = [
        "Hello, this is Sam from support.",
        "Which account email is it?",
        "Thanks! I have sent you a reset link, it arrives within 5 minutes.",
        "To sum up, the link is on its way. Anything else?",
    ]

    /// Adds the intent library and the `locked-out` scenario.
    public static func writeRolePlay(to directory: TemporaryDirectory) {
        directory.write("Curriculum/scenarios/intents.yaml", intents)
        directory.write("Curriculum/scenarios/locked-out.yaml", scenario)
    }

    /// The sandbox fixture folder (tickets, saved replies, sla.yaml) in the source tree.
    public static let sandboxFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("TrainerContentTests/Fixtures/sandbox")

    /// Adds the shipped intent library and the sandbox tickets named (all four when nil) with the saved replies and sla.yaml.
    public static func writeSandbox(to directory: TemporaryDirectory, tickets: [String]? = nil) {
        // The shipped intent library: the reply checklist is judged with it.
        let shipped = sandboxFolder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Curriculum/scenarios/intents.yaml")
        directory.write("Curriculum/scenarios/intents.yaml", (try? String(contentsOf: shipped, encoding: .utf8)) ?? intents)
        let names = tickets.map { $0.map { "\($0).yaml" } + ["sla.yaml"] }
            ?? ((try? FileManager.default.contentsOfDirectory(atPath: sandboxFolder.appendingPathComponent("Curriculum/tickets").path)) ?? [])
        for name in names {
            directory.write("Curriculum/tickets/\(name)", sandboxFile("Curriculum/tickets/\(name)"))
        }
        directory.write("Curriculum/replies/basics.yaml", sandboxFile("Curriculum/replies/basics.yaml"))
    }

    public static func sandboxFile(_ path: String) -> String {
        (try? String(contentsOf: sandboxFolder.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    /// Writes the fixture into `directory`.
    public static func write(to directory: TemporaryDirectory) {
        directory.write("QuestionBanks/fruit.yaml", fruitBank)
        directory.write("Curriculum/basic/plan.yaml", plan)
        directory.write("Curriculum/basic/lessons/hello.md", lesson)
    }
}
