import Foundation

/// A week-long track with two topics of ten questions each: enough for plans and meeting sheets.
public enum PlanFixture {
    public static func bank(_ topic: String, questions: Int = 10) -> String {
        // Kept in file order (`shuffle: false`) so tests know which letter is right.
        var yaml = "topic: \(topic)\ntitle: \(topic.capitalized) basics\nshuffle: false\nquestions:\n"
        for n in 1...questions {
            yaml += """
                  - id: \(topic)-\(n)
                    prompt: "\(topic.capitalized) question number \(n): which options are right?"
                    kind: \(n % 2 == 0 ? "situational" : "knowledge")
                    options:
                      - text: Right answer \(n)
                        correct: true
                      - text: Wrong answer \(n)
                        feedback: Not this one.
                      - text: Another wrong answer \(n)
                    explanation: Because the first option of \(topic) question \(n) is right.

                """
        }
        return yaml
    }

    public static let plan = """
        track: week
        title: One working week
        working_days: [mon, tue, wed, thu, fri]
        days:
          - day: 1
            title: Monday
            items:
              - task: Laptop
              - lesson: intro
              - quiz: alpha
          - day: 2
            title: Tuesday
            items:
              - task: Shadowing
              - meeting: mentor
          - day: 3
            title: Wednesday
            items:
              - quiz: beta
              - task: Drafts
          - day: 4
            title: Thursday
            items:
              - task: Sandbox
              - task: Calls
          - day: 5
            title: Friday
            items:
              - task: Weekly self-review
              - meeting: mentor

        """

    public static func write(to directory: TemporaryDirectory) {
        directory.write("QuestionBanks/alpha.yaml", bank("alpha"))
        directory.write("QuestionBanks/beta.yaml", bank("beta"))
        directory.write("Curriculum/week/plan.yaml", plan)
        directory.write("Curriculum/week/lessons/intro.md", "# Introduction\n\nWelcome. Read **this** first.\n\n- one\n- two\n")
    }
}
