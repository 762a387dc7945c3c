import Dispatch

/// The item-writing lint: cues that let a trainee answer without knowing, and omissions that make
/// a review teach less. Pure: banks in, findings out; the content layer adds file positions.
///
/// The rules live here rather than beside the YAML readers because none of them needs a
/// position to decide; keeping them on the core model lets anything that holds banks (an import,
/// an editor) lint them, and keeps Yams out of the rules.
public enum ItemLint {
    /// Findings for every question of `banks`, in bank order, then question order.
    ///
    /// `describe` names another question in a message (the near-duplicate's partner); the
    /// content layer passes one that adds its `path:line:column`.
    public static func findings(in banks: [QuestionBank], describe: (Question) -> String = { "`\($0.id)`" }) -> [LintFinding] {
        // The rules within a bank run on every core, bank by bank, started from a thread of their
        // own, while this one searches for near-duplicates (serial in part); the findings keep bank order.
        let perBank = Deferred {
            banks.concurrentMap { bank in
                bank.questions.flatMap { findings(for: $0, bankShuffles: bank.shuffle) } + answerCountFindings(in: bank)
            }
        }
        DispatchQueue.global().async { _ = perBank.value }
        let questions = banks.flatMap(\.questions)
        let matches = NearDuplicates.matches(in: questions.map { NearDuplicates.Item(prompt: $0.prompt, isExam: $0.pool == .exam) })
        // Waits for the rules when they are still running.
        return perBank.value.flatMap { $0 } + nearDuplicateFindings(matches, among: questions, describe: describe)
    }

    /// The rules that look at one question alone.
    static func findings(for question: Question, bankShuffles: Bool) -> [LintFinding] {
        var found: [LintFinding] = []
        func add(_ rule: LintRule, _ anchor: LintFinding.Anchor, _ message: String) {
            found.append(LintFinding(rule: rule, topic: question.topic, questionID: question.id, anchor: anchor, message: message))
        }
        if let (key, message) = keyLongest(question) { add(.keyLongest, .option(key), message) }
        for (position, option) in question.options.enumerated() {
            guard let phrase = allOrNone(in: option.text) else { continue }
            add(.allOrNone, .option(position), "option \(letter(position)) says \"\(phrase)\": with shuffled options "
                + "\"above\" means nothing, and it rewards test-taking; make each option stand alone")
        }
        if let (first, message) = absoluteWords(question) { add(.absoluteWords, .option(first), message) }
        if let word = unemphasisedNegative(in: question.prompt) {
            add(.negativeStem, .prompt, "the prompt says `\(word)` without emphasis, which a reader skims past: "
                + "write \(word.uppercased()) or **\(word)**, or ask the question the positive way")
        }
        for (position, option) in question.options.enumerated() where !option.isCorrect && option.feedback == nil {
            add(.wrongOptionNoFeedback, .option(position), "wrong option \(letter(position)) has no `feedback`: "
                + "say in a sentence why it is wrong, for the trainee who picks it")
        }
        if !question.shufflesOptions(inBank: bankShuffles), question.options.first?.isCorrect == true {
            let whose = bankShuffles ? "the question" : "the bank"
            add(.unshuffledKeyFirst, .option(0), "options keep their file order (`shuffle: false` on \(whose)) and "
                + "option A is correct: move the key down, or let the options shuffle")
        }
        return found
    }

    // MARK: - key-longest

    /// A key is "clearly the longest" when it is at least 30 % and at least 10 characters longer
    /// than the longest distractor: both, so that neither "Yes" against "No" (a ratio of 1.5) nor
    /// two long sentences a few words apart count. A trainee notices a difference of that size.
    static let keyLongestRatio = 1.3, keyLongestMargin = 10

    private static func keyLongest(_ question: Question) -> (Int, String)? {
        let correct = question.options.indices.filter { question.options[$0].isCorrect }
        guard correct.count == 1, let key = correct.first else { return nil }
        // Scalars, not grapheme clusters: the same for the texts authors write, and cheaper to count.
        let keyLength = question.options[key].text.unicodeScalars.count
        let longestWrong = question.options.filter { !$0.isCorrect }.map(\.text.unicodeScalars.count).max() ?? keyLength
        guard Double(keyLength) >= keyLongestRatio * Double(longestWrong), keyLength - longestWrong >= keyLongestMargin else {
            return nil
        }
        return (key, "the only correct option is clearly the longest (\(keyLength) characters, the longest wrong one "
            + "\(longestWrong)): trainees learn to pick the longest; move detail into `feedback`, or give the wrong options the same detail")
    }

    // MARK: - all-or-none

    /// "all of the above" or "none of the above" when `text` says it, in any case or spacing.
    private static func allOrNone(in text: String) -> String? {
        // The last four words, as 1 all, 2 none, 3 of, 4 the, 5 above, 0 anything else.
        var last: (Int, Int, Int, Int) = (0, 0, 0, 0)
        var found: String?
        Words.scan(text) { bytes, range in
            let kind = Words.word(bytes, range, is: "all") ? 1 : Words.word(bytes, range, is: "none") ? 2
                : Words.word(bytes, range, is: "of") ? 3 : Words.word(bytes, range, is: "the") ? 4
                : Words.word(bytes, range, is: "above") ? 5 : 0
            last = (last.1, last.2, last.3, kind)
            if found == nil, last.1 == 3, last.2 == 4, last.3 == 5, last.0 == 1 || last.0 == 2 {
                found = last.0 == 1 ? "all of the above" : "none of the above"
            }
        }
        return found
    }

    // MARK: - absolute-words

    static let absoluteWordList: [StaticString] = ["always", "never", "only"]

    /// Which absolute words `text` holds, one bit per word of `absoluteWordList`.
    private static func absoluteWordBits(_ text: String) -> Int {
        var bits = 0
        Words.scan(text) { bytes, range in
            for (bit, word) in absoluteWordList.enumerated() where Words.word(bytes, range, is: word) { bits |= 1 << bit }
        }
        return bits
    }

    private static func absoluteWords(_ question: Question) -> (Int, String)? {
        let bits = question.options.map { absoluteWordBits($0.text) }
        var inCorrect = 0, inWrong = 0
        for (index, option) in question.options.enumerated() {
            if option.isCorrect { inCorrect |= bits[index] } else { inWrong |= bits[index] }
        }
        let telling = inWrong & ~inCorrect
        guard telling != 0 else { return nil }
        let holders = question.options.indices.filter { !question.options[$0].isCorrect && bits[$0] & telling != 0 }
        guard let first = holders.first else { return nil }
        let named = absoluteWordList.enumerated().filter { telling & (1 << $0.offset) != 0 }.map { "`\($0.element)`" }
        let letters = holders.map(letter).joined(separator: ", ")
        return (first, "\(named.joined(separator: ", ")) appears in wrong options (\(letters)) but in no correct one: trainees learn that absolute "
            + "words mark a wrong answer; use such words in a correct option too, or reword")
    }

    // MARK: - negative-stem

    /// The first "not" or "except" of `prompt` that is neither in capitals nor wrapped in `**` or `_`.
    static func unemphasisedNegative(in prompt: String) -> String? {
        var found: String?
        Words.scan(prompt) { bytes, range in
            guard found == nil else { return }
            let isNot = Words.word(bytes, range, is: "not")
            guard isNot || Words.word(bytes, range, is: "except") else { return }
            if range.allSatisfy({ (0x41...0x5A).contains(bytes[$0]) }) { return }
            func has(_ byte: UInt8, at index: Int) -> Bool { bytes.indices.contains(index) && bytes[index] == byte }
            let star = UInt8(ascii: "*"), underscore = UInt8(ascii: "_")
            let bold = has(star, at: range.lowerBound - 1) && has(star, at: range.lowerBound - 2)
                && has(star, at: range.upperBound) && has(star, at: range.upperBound + 1)
            let italic = has(underscore, at: range.lowerBound - 1) && has(underscore, at: range.upperBound)
            if !bold && !italic { found = isNot ? "not" : "except" }
        }
        return found
    }

    // MARK: - Helpers

    /// The letter an option has in file order: A, B, C…
    static func letter(_ position: Int) -> String {
        String(UnicodeScalar(UInt8(65 + min(position, 25))))
    }
}
