/// What `help` or `?` explains at the quiz's prompts. `quit` (or `exit`, Ctrl-C) pauses: the
/// answers given so far are saved and the same command resumes.
enum QuizHelp {
    static let atQuestion = """
        Answer with the letters (or numbers) of every option you think is right: `b`, `a c`, `1 3`.
        Enter keeps an answer you already gave.
          skip      leave this question for later
          back      the previous question
          goto N    question N
          summary   which questions are answered
          submit    hand in (unanswered questions score 0)
          quit      pause: every answer is saved, and the same command resumes (Ctrl-C too)
        """

    static let atSummary = """
          submit    hand in (unanswered questions score 0)
          goto N    change the answer to question N
          back      the last question
          quit      pause: every answer is saved, and the same command resumes (Ctrl-C too)
        """
}
