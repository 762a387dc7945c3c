/// The rules that look across questions: answer types per option count, and near-duplicates.
extension ItemLint {
    // MARK: - count-predicts-answers

    /// "Nearly all" of the items with one option count: at least 90 % of at least 5 items.
    static let nearlyAllShare = 0.9, nearlyAllMinimum = 5

    /// One finding per bank and option count whose items are all (at least 2) or nearly all of
    /// one answer type, placed at the first question with that count.
    static func answerCountFindings(in bank: QuestionBank) -> [LintFinding] {
        var byCount: [Int: [Question]] = [:]
        for question in bank.questions { byCount[question.options.count, default: []].append(question) }
        return byCount.keys.sorted().compactMap { count -> LintFinding? in
            guard let questions = byCount[count], let first = questions.first else { return nil }
            let multi = questions.filter(\.isMultiAnswer).count, total = questions.count
            let major = max(multi, total - multi)
            let predicts = (total >= 2 && major == total)
                || (total >= nearlyAllMinimum && Double(major) >= nearlyAllShare * Double(total))
            guard predicts else { return nil }
            let type = multi == major ? "multi-answer" : "single-answer"
            let other = multi == major ? "single-answer" : "multi-answer"
            let share = major < total ? "\(major) of \(total)" : total == 2 ? "both" : "all \(total)"
            return LintFinding(
                rule: .countPredictsAnswers, topic: bank.topic, questionID: first.id, anchor: .question,
                message: "\(share) questions with \(count) options in this bank are \(type), so the number of options "
                    + "gives the answer type away; write \(other) questions with \(count) options too, or vary the counts")
        }
    }

    // MARK: - near-duplicate

    /// The findings for `matches`, numbered as `questions`.
    static func nearDuplicateFindings(_ matches: [NearDuplicates.Match], among questions: [Question],
                                      describe: (Question) -> String) -> [LintFinding] {
        matches.map { match in
            let flagged = questions[match.flagged], partner = questions[match.partner]
            let similarity = "similarity \(hundredths(match.shared, of: match.union))"
            let message = flagged.pool == .exam && partner.pool == .practice
                ? "this exam item's prompt nearly duplicates practice item \(describe(partner)), \(similarity): a trainee "
                    + "who practised that one answers this from memory; test the same skill with a different case"
                : "the prompt nearly duplicates \(partner.pool == .exam ? "exam" : "practice") item \(describe(partner)), "
                    + "\(similarity): merge the two, or make them ask different things"
            return LintFinding(rule: .nearDuplicate, topic: flagged.topic, questionID: flagged.id, anchor: .prompt, message: message)
        }
    }

    /// `part / whole` as "0.91", rounded down so a figure never reads higher than it is.
    static func hundredths(_ part: Int, of whole: Int) -> String {
        let value = whole == 0 ? 0 : part * 100 / whole
        return value >= 100 ? "1.00" : "0.\(value < 10 ? "0" : "")\(value)"
    }
}
