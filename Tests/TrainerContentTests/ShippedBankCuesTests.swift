import Foundation
import Testing
import TrainerContent
import TrainerCore

/// The shipped banks give no answer away by form: the length of the options, the number of
/// options or a familiar prompt must not tell a guessing trainee more than chance would
/// (issue 10, point 5). Each test names the questions that break its bar.
@Suite struct ShippedBankCuesTests {
    let questions: [Question]

    init() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        questions = try ContentLoader(root: root).load().get().banks.flatMap(\.questions)
    }

    @Test func singleAnswerKeysAreStrictlyLongestInAtMost30Percent() {
        let single = questions.filter { !$0.isMultiAnswer }
        let cued = single.filter { question in
            let longestWrong = question.options.filter { !$0.isCorrect }.map(\.text.count).max() ?? 0
            return question.options.contains { $0.isCorrect && $0.text.count > longestWrong }
        }
        #expect(!single.isEmpty)
        #expect(share(cued.count, of: single.count) <= 0.30,
                "\(cued.count) of \(single.count) single-answer keys are the longest option: \(ids(cued))")
    }

    @Test func multiAnswerKeysOutlastEveryWrongOptionInAtMost10Percent() {
        let multi = questions.filter(\.isMultiAnswer)
        let cued = multi.filter { question in
            let shortestCorrect = question.options.filter(\.isCorrect).map(\.text.count).min() ?? 0
            let longestWrong = question.options.filter { !$0.isCorrect }.map(\.text.count).max() ?? 0
            return shortestCorrect > longestWrong
        }
        #expect(!multi.isEmpty)
        #expect(share(cued.count, of: multi.count) <= 0.10,
                "\(cued.count) of \(multi.count) multi-answer items have every correct option longer than every wrong one: \(ids(cued))")
    }

    @Test func everyOptionCountMixesSingleAndMultiAnswerItems() {
        let byCount = Dictionary(grouping: questions, by: \.options.count)
        #expect(byCount.count >= 3, "option counts in use: \(byCount.keys.sorted())")
        for (count, items) in byCount.sorted(by: { $0.key < $1.key }) {
            let multi = items.filter(\.isMultiAnswer)
            let single = items.filter { !$0.isMultiAnswer }
            #expect(!multi.isEmpty && !single.isEmpty, "\(count) options: \(single.count) single, \(multi.count) multi")
            let larger = multi.count >= single.count ? multi : single
            #expect(share(larger.count, of: items.count) <= 0.80,
                    "\(count) options: \(larger.count) of \(items.count) are \(larger == multi ? "multi" : "single")-answer, e.g. \(ids(larger.prefix(10)))")
        }
    }

    @Test func noTwoPromptsNearlyCoincide() {
        let bigrams = questions.map { wordBigrams($0.prompt) }
        var twins: [String] = []
        for first in bigrams.indices {
            for second in bigrams.indices where second > first {
                let union = bigrams[first].union(bigrams[second]).count
                guard union > 0 else { continue }
                let similarity = Double(bigrams[first].intersection(bigrams[second]).count) / Double(union)
                if similarity >= 0.85 { twins.append("\(questions[first].id) ~ \(questions[second].id)") }
            }
        }
        #expect(twins.isEmpty, "prompts with word-bigram similarity >= 0.85: \(twins)")
    }

    @Test func keysSitInVaryingPositionsInFileOrder() {
        let positions = Dictionary(grouping: questions.filter { !$0.isMultiAnswer }, by: \.topic).mapValues { bank in
            Set(bank.compactMap { $0.options.firstIndex(where: \.isCorrect) })
        }
        for (topic, used) in positions.sorted(by: { $0.key < $1.key }) {
            #expect(used.count >= 3, "\(topic): single-answer keys sit only at positions \(used.sorted())")
        }
    }

    // MARK: - Helpers

    private func share(_ part: Int, of whole: Int) -> Double {
        whole == 0 ? 0 : Double(part) / Double(whole)
    }

    private func ids(_ items: some Sequence<Question>) -> String {
        items.map(\.id).joined(separator: ", ")
    }

    /// Lowercase word bigrams, where a word is a maximal run of letters or digits.
    private func wordBigrams(_ text: String) -> Set<String> {
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }
        guard words.count > 1 else { return [] }
        return Set((1..<words.count).map { "\(words[$0 - 1]) \(words[$0])" })
    }
}
