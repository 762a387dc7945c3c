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

    /// Writes the fixture into `directory`.
    public static func write(to directory: TemporaryDirectory) {
        directory.write("QuestionBanks/fruit.yaml", fruitBank)
        directory.write("Curriculum/basic/plan.yaml", plan)
        directory.write("Curriculum/basic/lessons/hello.md", lesson)
    }
}
