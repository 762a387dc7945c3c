import Testing
import TrainerContent
import TrainerCore

/// GIFT as teams have it: the real files under ../shared/realworld/questionbanks/gift, each
/// construct checked with the exact questions, options and weights an author would see.
@Suite struct GIFTImportTests {
    /// `text` for a plain option, `+text` for a correct one, `@weight` and `#feedback` when present.
    static func summary(_ question: Question) -> [String] {
        question.options.map { option in
            (option.isCorrect ? "+" : "") + option.text + (option.weight.map { " @\($0)" } ?? "")
                + (option.feedback.map { " #\($0)" } ?? "")
        }
    }

    func question(_ file: String, _ index: Int = 0) throws -> Question {
        let questions = try RealWorldBanks.bank(file).bank.questions
        try #require(questions.count > index, "\(file) imported \(questions.count) questions")
        return questions[index]
    }

    @Test func singleAnswerOneLineAndMissingWord() throws {
        let file = "gift/fuhrmanator-GIFT-grammar-PEG.js/mc5.gift"
        let first = try question(file, 0)
        #expect(first.prompt == "Who's buried in Grant's tomb?")
        #expect(Self.summary(first) == ["Grant", "Jefferson", "+no one"])
        // Text after the closing brace makes a "missing word" question.
        #expect(try question(file, 1).prompt == "Grant is _____ in Grant's tomb.")
        let multiLine = try question(file, 2)
        #expect(multiLine.prompt == "The American holiday of Thanksgiving is celebrated on the _____ Thursday of November.")
        #expect(Self.summary(multiLine) == ["second", "third", "+fourth"])
        #expect(Self.summary(try question(file, 3)) == ["India", "+China", "Korea", "Egypt"])
    }

    @Test func titlesWeightsAndPerAnswerFeedback() throws {
        let file = "gift/fuhrmanator-GIFT-grammar-PEG.js/giftFormatPhpExamples.gift"
        let imported = try RealWorldBanks.bank(file)
        let prompts = imported.bank.questions.map(\.prompt)
        #expect(prompts == ["Who's buried in Grant's tomb?", "Grant is _____ in Grant's tomb.", "Grant is buried in Grant's tomb.",
                            "Grant is _____ in Grant's tomb.", "Difficult multiple choice question."])
        let titled = imported.bank.questions[3]
        #expect(Self.summary(titled) == ["buried #No one is buried there.", "+entombed #Right answer!", "living #We hope not!"])
        // A 50% answer keeps Moodle's fractions as weights on every option; a 0% answer of a
        // single-answer question costs -1, so picking every option is not a way to full credit.
        #expect(Self.summary(imported.bank.questions[4]) == [
            "wrong answer @-1.0 #comment on wrong answer", "half credit answer @0.5 #comment on answer",
            "+full credit answer @1.0 #well done!",
        ])
        let difficult = imported.bank.questions[4]
        #expect(Grader.credit(for: difficult, chosen: ["2"]) == 0.5)
        #expect(Grader.credit(for: difficult, chosen: ["1"]) == 0)
        #expect(Grader.credit(for: difficult, chosen: ["1", "2", "3"]) < 1)
        #expect(imported.skipped.map(\.description) == [
            "line 11: skipped a short-answer question: trainer asks only multiple-choice and true/false questions",
            "line 13: skipped a numerical question: trainer asks only multiple-choice and true/false questions",
            "line 15: skipped a matching question: trainer asks only multiple-choice and true/false questions",
            "line 33: skipped a short-answer question: trainer asks only multiple-choice and true/false questions",
            "line 40: skipped a numerical question: trainer asks only multiple-choice and true/false questions",
        ])
    }

    @Test func multipleAnswersWithFractionalAndNegativeWeights() throws {
        let continents = try question("gift/fuhrmanator-GIFT-grammar-PEG.js/multipleAnswersFloat.gift")
        #expect(continents.prompt == "Select all of the options below which name a continent:")
        #expect(Self.summary(continents) == ["+Africa @0.3333333", "+Asia @0.3333333", "China @-1.0", "+Antarctica @0.3333333",
                                             "America @-1.0"])
        #expect(Grader.credit(for: continents, chosen: ["1", "2", "4"]) > 0.9999)
        #expect(Grader.credit(for: continents, chosen: ["1", "3"]) == 0)

        let colours = try question("gift/fuhrmanator-GIFT-grammar-PEG.js/totara_moodle_multichoice_multi.gift")
        #expect(colours.prompt == "What's between orange and green in the spectrum?")
        // `[html]` on a feedback and `[plain]` on an answer apply to that text only.
        #expect(Self.summary(colours) == ["+yellow @0.5 #right; good!", "red @-1.0 #wrong", "+off-beige @0.5 #right; good!",
                                          "blue @-1.0 #wrong"])
        let halves = try question("gift/PascalCrepey-RGIFTParser/test.gift", 17)
        #expect(halves.prompt.hasPrefix("Dans une étude cas-témoin, un bon groupe témoin doit"))
        #expect(halves.options.map(\.weight) == [0.5, -0.5, -0.5, 0.5, 0])
    }

    @Test func everyEscape() throws {
        let escapes = try question("gift/fuhrmanator-GIFT-grammar-PEG.js/escapeAll.gift")
        #expect(escapes.prompt == "Which of the following is NOT a control character for the GIFT import format?")
        #expect(escapes.options.map(\.text) == ["~", "=", "#", "{", "}", ":", "\\"])
        #expect(escapes.correctOptionIDs == ["7"])
        #expect(escapes.options[0].feedback == "~ is a control character.")
        #expect(escapes.options[6].feedback?.hasPrefix("Correct! \\ (backslash) is not a control character. BUT,\n") == true)

        let seasons = try question("gift/fuhrmanator-GIFT-grammar-PEG.js/escapeColon.gift")
        #expect(seasons.prompt == "Specify the seasons:")
        #expect(seasons.options.map(\.text) == ["spring", "summer", "winter", "autumn", "easter"])
        #expect(try question("gift/fuhrmanator-GIFT-grammar-PEG.js/escapeEquals.gift").options.map(\.text) == ["= 2 + 2", "= 2 + 3", "= 2 + 4"])
    }

    @Test func trueFalseWithBothFeedbacks() throws {
        let file = "gift/fuhrmanator-GIFT-grammar-PEG.js/TFTwoFeedback.gift"
        let questions = try RealWorldBanks.bank(file).bank.questions
        #expect(questions.map(\.prompt) == Array(repeating: "Grant is buried in Grant's tomb.", count: 3))
        // `{FALSE#shown when wrong#shown when right}`: each feedback sits on the option it answers.
        #expect(Self.summary(questions[0]) == ["True #feedback for true", "+False #feedback for false"])
        #expect(Self.summary(questions[1]) == ["+True", "False #feedback for true"])
        #expect(Self.summary(questions[2]) == ["+True #feedback for false", "False"])
        // The same text three times still gives three distinct ids.
        #expect(Set(questions.map(\.id)).count == 3)
    }

    @Test func htmlAndMarkdownBecomeMarkdown() throws {
        let sun = try question("gift/fuhrmanator-GIFT-grammar-PEG.js/formatExamples.gift")
        #expect(sun.prompt == "The sun rises in which direction?")
        #expect(Self.summary(sun) == ["+The east. #**Awesome!**", "The west. #What planet did *you* grow up on?"])
        let tomb = try question("gift/fuhrmanator-GIFT-grammar-PEG.js/tf1_markdown.gift")
        #expect(tomb.prompt == "Grant is buried in Grant's _tomb_.")
        #expect(Self.summary(tomb) == ["True", "+False"])
        // Two `=` answers in a single-answer block: either one earns full credit.
        let either = BankImport.bank(from: GIFTParser.parse("[markdown]Who's in **Grant's tomb**?{=no one ~Grant =nobody}", path: "m"),
                                     topic: "t").bank.questions[0]
        #expect(either.prompt == "Who's in **Grant's tomb**?")
        #expect(Self.summary(either) == ["+no one @1.0", "Grant @-1.0", "+nobody @1.0"])
        // An HTML comment, spans with styles and escaped colons inside `[html]` general feedback.
        let law = try question("gift/fuhrmanator-GIFT-grammar-PEG.js/mcHTMLComment.gift")
        #expect(law.prompt == "¿En qué supuestos podría el Fiscal autorizar a la Policía Judicial la práctica de una diligencia de entrada y registro?")
        #expect(Self.summary(law).last == "+Nunca.")
        let explanation = try #require(law.explanation)
        #expect(explanation.hasPrefix("**Artículo 5 Estatuto Orgánico del Ministerio Fiscal:**"))
        #expect(explanation.contains("[Ley de Enjuiciamiento Criminal](http://www.formacioncnp.es/base_datos/Penal/lecr.html)"))
        #expect(!explanation.contains("<") && !explanation.contains("LE0000017566"))
    }

    @Test func categoriesNameTheBank() throws {
        let readme = try RealWorldBanks.bank("gift/Palumdo-moodle-mod_guestquiz/README@c663c9e.extract.gift")
        #expect(readme.bank.title == "Module 2")
        #expect(readme.bank.questions.count == 36)
        #expect(readme.skipped.count == 4)
        #expect(try RealWorldBanks.parse("gift/fuhrmanator-GIFT-grammar-PEG.js/categorySpecialCharacter.gift").category
            == "$course$/top/Default for Unit 1: Topic")
        #expect(try RealWorldBanks.bank("gift/PascalCrepey-RGIFTParser/test.gift").bank.title == "Alerte-Investigation")
    }

    @Test func cyrillicWithCRLFLineEndings() throws {
        let imported = try RealWorldBanks.bank("gift/vlad-bsuir-master-pm/questions@3c80e5d.gift")
        #expect(imported.bank.questions.count == 50)
        #expect(imported.skipped.isEmpty)
        let first = imported.bank.questions[0]
        #expect(first.prompt == "Что лучше всего описывает основной фокус PMBOK 7-го издания?")
        // `~%100%` alone among `~%0%` answers: one correct option, no weights needed.
        #expect(Self.summary(first) == [
            "A) Подробные пошаговые процессы управления проектами", "B) Строгое соблюдение процессов во всех проектах",
            "D) Только управление временем и стоимостью", "+C) Принципиальный подход, ориентированный на создание ценности",
        ])
        #expect(Self.summary(imported.bank.questions[1]) == ["True", "+False"])
    }

    @Test func polishTextWithABOMAndCRLF() {
        let source = "\u{FEFF}$CATEGORY: $course$/top/Obsługa klienta\r\n\r\n"
            + "// [id:kanal-001]\r\n// [tag:trainer-situational]\r\n"
            + "::Pilne zgłoszenie::Klient pisze, że od rana żadne połączenie nie zostało nagrane. Co robisz najpierw\\?{\r\n"
            + "\t=Przyjmuję zgłoszenie i podaję termin odpowiedzi #Tak: pilność przed kolejnością.\r\n"
            + "\t~Kończę najpierw bieżącą konfigurację #Źle: klient traci pieniądze teraz.\r\n"
            + "\t~%-100%Zamykam zgłoszenie z linkiem do FAQ\r\n"
            + "\t####Zażółć gęślą jaźń: pilne sprawy \\{najpierw\\}.\r\n}\r\n"
        let imported = BankImport.bank(from: GIFTParser.parse(source, path: "pl.gift"), topic: "obsluga")
        #expect(imported.bank.title == "Obsługa klienta")
        let question = imported.bank.questions[0]
        #expect(question.id == "kanal-001")
        #expect(question.kind == .situational)
        #expect(question.prompt == "Klient pisze, że od rana żadne połączenie nie zostało nagrane. Co robisz najpierw\\?")
        #expect(Self.summary(question) == [
            "+Przyjmuję zgłoszenie i podaję termin odpowiedzi @1.0 #Tak: pilność przed kolejnością.",
            "Kończę najpierw bieżącą konfigurację @-1.0 #Źle: klient traci pieniądze teraz.",
            "Zamykam zgłoszenie z linkiem do FAQ @-1.0",
        ])
        #expect(question.explanation == "Zażółć gęślą jaźń: pilne sprawy {najpierw}.")
    }

    @Test func commentsInsideAQuestionAndNewlineEscapes() {
        let source = """
            // a heading comment
            Which channels does the team answer
            // a note to reviewers, not text
            within one hour?{
            ~%50%Phone\\nand chat
            // another note
            ~%50%Email
            ~Post
            }
            """
        let question = BankImport.bank(from: GIFTParser.parse(source, path: "c.gift"), topic: "t").bank.questions
        #expect(question.first?.prompt == "Which channels does the team answer\nwithin one hour?")
        #expect(question.first.map(Self.summary) == ["+Phone\nand chat @0.5", "+Email @0.5", "Post @0.0"])
    }

    @Test func idsAreStableForTheSameInputWhateverTheOrder() throws {
        let text = "Q one?{=a ~b}\n\nQ two?{=c ~d}\n"
        let swapped = "Q two?{=c ~d}\n\nQ one?{=a ~b}\n"
        let first = BankImport.bank(from: GIFTParser.parse(text, path: "a"), topic: "t").bank.questions
        let again = BankImport.bank(from: GIFTParser.parse(text, path: "a"), topic: "t").bank.questions
        let moved = BankImport.bank(from: GIFTParser.parse(swapped, path: "a"), topic: "t").bank.questions
        #expect(first.map(\.id) == again.map(\.id))
        #expect(first.map(\.id) == moved.reversed().map(\.id))
        #expect(first.allSatisfy { $0.id.hasPrefix("t-") && $0.id.count == 10 })
    }
}
