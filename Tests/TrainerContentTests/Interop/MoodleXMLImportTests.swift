import Testing
import TrainerContent
import TrainerCore

/// Moodle XML as teams have it: the real files under ../shared/realworld/questionbanks/xml.
@Suite struct MoodleXMLImportTests {
    let summary = GIFTImportTests.summary

    @Test func cdataHTMLFractionsAndPaddedShuffle() throws {
        let questions = try RealWorldBanks.bank("xml/TU-Berlin-DIMA-moodle-tools/multiple-choiceRef.xml").bank.questions
        #expect(questions.map(\.prompt) == ["Simple format", "Extended format"])
        #expect(summary(questions[0]) == ["+Correct answer 1", "Wrong answer 1", "Wrong answer 2"])
        #expect(summary(questions[1]) == ["+Correct answer @1.0 #Feedback for option 1", "Partial answer @0.5 #Feedback for option 2",
                                          "Wrong answer @-1.0 #Feedback for option 3"])
        #expect(questions[1].explanation == "General feedback")
        #expect(questions[0].explanation == nil)
        // `<shuffleanswers>` padded with newlines still says 1: the options shuffle.
        #expect(questions.allSatisfy { $0.shuffle == nil })
        #expect(questions[0].id != questions[1].id)
    }

    @Test func feedbackWithoutFormatAndNumericShuffle() throws {
        let question = try #require(try RealWorldBanks.bank("xml/harrysoler-moodle-xml-to-ods/test.xml").bank.questions.first)
        #expect(question.prompt == "Text of the question")
        #expect(summary(question) == ["+The correct answer #Correct!", "A distractor #Oops!", "Another distractor #Oopsie!",
                                      "Third distractor #Oopsies!"])
        #expect(question.shuffle == nil)
    }

    @Test func trueFalseInCyrillicAndSkippedTypes() throws {
        let imported = try RealWorldBanks.bank("xml/zavlab1-testeditor/test.xml")
        let trueFalse = imported.bank.questions.filter { $0.options.map(\.text) == ["True", "False"] }
        try #require(trueFalse.count == 3)
        #expect(trueFalse.first?.prompt == "Вес цифры - основание системы счисления, возведенное в степень, где степень номер позиции цифры в числе")
        #expect(trueFalse.first.map(summary) == ["+True", "False"])
        #expect(trueFalse[1].prompt == "**Файл**- наибольшая единица хранения информации, содержащая последовательность байтов и имеющая уникальное имя.")
        #expect(imported.bank.title == "По умолчанию для ПИвАЭ")
        let reasons = imported.skipped.map(\.reason)
        #expect(reasons.filter { $0.hasPrefix("a cloze question") }.count == 4)
        #expect(reasons.filter { $0.hasPrefix("a matching question") }.count == 2)
        #expect(imported.skipped.allSatisfy { $0.line > 1 })
    }

    @Test func pluginTypesAreSkippedWithTheirNames() throws {
        let multi = try RealWorldBanks.bank("xml/dthies-moodle-qformat_crossxml/questions-multiresponse.xml")
        #expect(multi.bank.questions.isEmpty)
        #expect(multi.skipped.map(\.description) == [
            "line 11: skipped a `multichoiceset` question: trainer asks only multiple-choice and true/false questions",
            "line 58: skipped a `oumultiresponse` question: trainer asks only multiple-choice and true/false questions",
        ])
        let kprime = try RealWorldBanks.bank("xml/srobotta-moodle-xmltocsv/question-kprime.xml")
        #expect(kprime.skipped.map(\.reason) == ["a `kprime` question: trainer asks only multiple-choice and true/false questions"])
    }

    @Test func categoryInTheNameAndMoodleDefaultsForMissingSettings() throws {
        let imported = try RealWorldBanks.bank("xml/PROGmastersBootcamp-moodle-xml-parser/160as.xml")
        #expect(imported.bank.questions.count == 160)
        #expect(imported.bank.title == "Szoftver Architektúra")
        // No <shuffleanswers>: Moodle keeps the order, and so does trainer.
        #expect(imported.bank.questions.allSatisfy { $0.shuffle == false })
        let first = imported.bank.questions[0]
        #expect(first.prompt == "Mit jelent az MVC programtervezési mintában a \"V\" betű?")
        #expect(summary(first) == ["+view", "value", "vector", "video"])
    }

    @Test func aLargeHTMLGeneralFeedbackBecomesReadableText() throws {
        let question = try #require(try RealWorldBanks.bank("xml/srobotta-moodle-xmltocsv/question-mc.xml").bank.questions.first)
        #expect(question.prompt == "In which Chomsky's four types of grammars fall regular expressions?")
        #expect(summary(question) == ["Grammar Type-0", "Grammar Type-1", "Grammar Type-2", "+Grammar Type-3"])
        #expect(question.shuffle == false)
        let explanation = try #require(question.explanation)
        #expect(!explanation.contains("<td") && !explanation.contains("<p>"))
    }

    @Test func theSameBankInGIFTAndXMLGivesTheSameQuestions() throws {
        let gift = try RealWorldBanks.bank("gift/zavlab1-testeditor/orig_test.gift")
        let xml = try RealWorldBanks.bank("xml/zavlab1-testeditor/orig_test.xml")
        #expect(gift.bank.questions.count == 17)
        #expect(xml.bank.questions.count == 17)
        #expect(gift.skipped.count == 3 && xml.skipped.count == 3)
        for (a, b) in zip(gift.bank.questions, xml.bank.questions) {
            #expect(a.options.map(\.text) == b.options.map(\.text))
            #expect(a.options.map(\.isCorrect) == b.options.map(\.isCorrect))
            #expect(a.options.map(\.weight) == b.options.map(\.weight))
        }
        let halves = xml.bank.questions.filter { $0.options.contains { $0.weight == 0.5 } }
        #expect(halves.count == 1)
        #expect(halves.first?.options.filter(\.isCorrect).count == 2)
    }
}
