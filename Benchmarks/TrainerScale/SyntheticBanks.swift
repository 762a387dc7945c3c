import TrainerContent
import TrainerCore

/// 50,000 questions in 50 banks for timing the item-writing lint, built from a fixed seed.
///
/// Prompts look like the shipped ones where it matters for the near-duplicate search: a few
/// openings and closings shared by thousands of prompts ("A customer on the Growth plan writes
/// that", "What do you do first?"), a middle drawn from 3,000 words with Zipf frequencies, and
/// one prompt in a hundred an edited copy of an earlier one. Options carry feedback; about one
/// item in ten has a cue, so the report has warnings to format.
public enum SyntheticBanks {
    public static func make(questions total: Int, banks bankCount: Int, seed: UInt64 = 7) -> LoadedContent {
        var random = SeededGenerator(seed: seed)
        let words = vocabulary(3_000, using: &random)
        let zipf = cumulativeZipf(words.count)
        let openings = ["A customer on the Growth plan writes that", "A Start customer calls because", "In the chat, a Business admin says",
                        "An email from a customer on the Start plan says", "A new customer asks why", "Your mentor asks you how"]
        let closings = ["What do you do first?", "What do you answer?", "Which of these apply?", "What do you check?", "Which steps come next?"]
        var prompts: [String] = []
        var banks: [QuestionBank] = []
        var places: ContentPlaces = [:]
        let perBank = total / bankCount
        for b in 0..<bankCount {
            let topic = "bank-\(b)"
            var questions: [Question] = []
            for n in 0..<perBank {
                let prompt: String
                if let earlier = prompts.randomElement(using: &random), Int.random(in: 0..<100, using: &random) == 0 {
                    var copy = earlier.split(separator: " ").map(String.init)
                    copy[Int.random(in: 0..<copy.count, using: &random)] = pick(words, zipf, &random)
                    prompt = copy.joined(separator: " ")
                } else {
                    let middle = (0..<Int.random(in: 8...25, using: &random)).map { _ in pick(words, zipf, &random) }
                    prompt = ([openings.randomElement(using: &random) ?? ""] + middle + [closings.randomElement(using: &random) ?? ""])
                        .joined(separator: " ")
                }
                prompts.append(prompt)
                let optionCount = Int.random(in: 3...6, using: &random)
                let correct = Int.random(in: 1...min(3, optionCount - 1), using: &random)
                let options = (0..<optionCount).map { o in
                    AnswerOption(id: "\(o + 1)", text: (0..<Int.random(in: 3...9, using: &random)).map { _ in pick(words, zipf, &random) }.joined(separator: " "),
                                 isCorrect: o < correct,
                                 feedback: o < correct || Int.random(in: 0..<20, using: &random) == 0 ? nil : "Why this one is wrong.")
                }
                let id = "\(topic)-\(n)"
                questions.append(Question(id: id, topic: topic, prompt: prompt, pool: n % 3 == 0 ? .exam : .practice, options: options))
                let line = 4 + n * 20
                places[id] = QuestionPlaces(path: "QuestionBanks/\(topic).yaml", question: .init(line: line, column: 5),
                                            prompt: .init(line: line + 1, column: 13),
                                            options: (0..<optionCount).map { .init(line: line + 3 + 3 * $0, column: 9) })
            }
            banks.append(QuestionBank(topic: topic, title: "Bank \(b)", questions: questions))
        }
        return LoadedContent(curriculum: Curriculum(banks: banks, exams: [], plans: [], lessons: []), places: places)
    }

    /// The worst case for a bigram index: every prompt the same 30-word template with its own
    /// number, so every prompt shares 27 of its 29 or 30 bigrams with every other (similarity 0.84
    /// or 0.87: every pair close to the threshold, most of them over it, none identical).
    public static func template(questions total: Int) -> LoadedContent {
        let words = "a customer on the growth plan writes that calls from the landing page stopped arriving after the weekend and the leads are lost case"
        let questions = (0..<total).map { n in
            Question(id: "t-\(n)", topic: "t", prompt: "\(words) \(n) what do you do first \(n % 7 == 0 ? "today" : "")",
                     options: [AnswerOption(id: "1", text: "Check", isCorrect: true), AnswerOption(id: "2", text: "Wait", isCorrect: false, feedback: "No.")])
        }
        return LoadedContent(curriculum: Curriculum(banks: [QuestionBank(topic: "t", title: "T", questions: questions)], exams: [], plans: [], lessons: []),
                             places: [:])
    }

    private static func vocabulary(_ count: Int, using random: inout SeededGenerator) -> [String] {
        let syllables = ["ka", "lo", "mi", "tra", "ben", "sol", "vi", "dar", "pe", "nu", "rix", "to", "gal", "se", "fu", "mon"]
        var seen = Set<String>()
        var words: [String] = []
        while words.count < count {
            let word = (0..<Int.random(in: 1...4, using: &random)).map { _ in syllables.randomElement(using: &random) ?? "ka" }.joined()
            if seen.insert(word).inserted { words.append(word) }
        }
        return words
    }

    private static func cumulativeZipf(_ count: Int) -> [Double] {
        var sum = 0.0
        return (1...count).map { rank in
            sum += 1 / Double(rank)
            return sum
        }
    }

    private static func pick(_ words: [String], _ cumulative: [Double], _ random: inout SeededGenerator) -> String {
        let target = Double.random(in: 0..<(cumulative.last ?? 1), using: &random)
        var low = 0, high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] < target { low = middle + 1 } else { high = middle }
        }
        return words[low]
    }
}
