import TrainerCore

/// Reads GIFT the way Moodle's importer does (see FORMATS.md in the shared question-bank notes):
/// blocks split on blank lines, `//` lines dropped, the answer block from the first `{` to the
/// first `}`, and the type decided in Moodle's order. Never traps, whatever the input.
public enum GIFTParser {
    public static func parse(_ source: String, path: String) -> MoodleFile {
        var file = MoodleFile()
        for block in blocks(of: source) {
            read(block, path: path, into: &file)
        }
        return file
    }

    struct Block {
        var lines: [(number: Int, text: Substring)] = []
        var idNumber: String?
        var tags: [String] = []
    }

    /// Blocks of non-comment lines separated by blank lines; a BOM and CRLF or CR endings are accepted.
    static func blocks(of source: String) -> [Block] {
        var text = Substring(source)
        if text.unicodeScalars.first == "\u{FEFF}" { text = Substring(text.unicodeScalars.dropFirst()) }
        var blocks: [Block] = []
        var current = Block()
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        for (index, line) in lines.enumerated() {
            let content = line.drop { $0.isWhitespace }
            if content.isEmpty {
                if !current.lines.isEmpty { blocks.append(current) }
                current = Block()
            } else if content.hasPrefix("//") {
                // Moodle 4 keeps the idnumber and tags in comments: `// [id:x]`, `// [tag:y]`.
                for match in content.matches(of: /\[(id|tag):([^\]]*)\]/) {
                    let value = String(match.2).trimmed
                    guard !value.isEmpty else { continue }
                    if match.1 == "id" { current.idNumber = value } else { current.tags.append(value) }
                }
            } else {
                current.lines.append((index + 1, line))
            }
        }
        if !current.lines.isEmpty { blocks.append(current) }
        return blocks
    }

    private static func read(_ block: Block, path: String, into file: inout MoodleFile) {
        let text = GIFTText(lines: block.lines).trimmingLeadingWhitespace
        let line = text.firstLine
        if text.hasPrefix("$CATEGORY:") {
            let category = text.slice(from: 10).unescaped
            if file.category == nil, !category.isEmpty { file.category = category }
            return
        }
        var body = text
        var name: String?
        if body.hasPrefix("::") {
            body = body.slice(from: 2)
            if let end = colonPair(in: body) {
                name = body.slice(0..<end).unescaped
                body = body.slice(from: end + 2)
            }
        }
        let (format, rest) = body.splittingFormat()
        let textFormat = format ?? .moodle
        body = rest
        let open = body.firstIndex(of: "{"), close = body.firstIndex(of: "}")
        var question = MoodleQuestion(line: line, name: name ?? "", text: "", kind: .unsupported(""),
                                      idNumber: block.idNumber, tags: block.tags)
        switch (open, close) {
        case (nil, nil):
            question.text = textFormat.markdown(body.unescaped)
            question.kind = .unsupported(SkipReason.description)
        case (let open?, let close?) where close > open:
            let after = body.slice(from: close + 1)
            let prompt = after.isBlank ? body.slice(0..<open).unescaped : body.withBlank(between: open, and: close + 1).unescaped
            question.text = textFormat.markdown(prompt)
            readAnswers(body.slice(open + 1..<close), format: textFormat, path: path, into: &question, problems: &file.problems)
        case (let open?, _):
            file.problems.append(Diagnostic(path: path, line: body.line(at: open),
                message: "unbalanced braces: the `{` on line \(body.line(at: open)) has no `}` before the next blank line"))
            return
        case (nil, let close?):
            file.problems.append(Diagnostic(path: path, line: body.line(at: close),
                message: "unbalanced braces: the `}` on line \(body.line(at: close)) closes no `{`"))
            return
        }
        if question.name.isEmpty { question.name = String(question.text.prefix(60)) }
        file.questions.append(question)
    }

    /// The offset of the first `::`.
    private static func colonPair(in text: GIFTText) -> Int? {
        var start = 0
        while let colon = text.firstIndex(of: ":", from: start) {
            if text.firstIndex(of: ":", from: colon + 1) == colon + 1 { return colon }
            start = colon + 1
        }
        return nil
    }

    /// Decides the type from the answer block, in Moodle's order (FORMATS.md 7).
    private static func readAnswers(_ block: GIFTText, format: MoodleTextFormat, path: String,
                                    into question: inout MoodleQuestion, problems: inout [Diagnostic]) {
        var answers = block
        if let general = block.lastOffset(of: "####") {
            let (feedbackFormat, feedback) = block.slice(from: general + 4).splittingFormat()
            let text = (feedbackFormat ?? format).markdown(feedback.unescaped)
            question.generalFeedback = text.isEmpty ? nil : text
            answers = block.slice(0..<general)
        }
        let content = answers.trimmingLeadingWhitespace
        if content.isBlank {
            question.kind = .unsupported(SkipReason.essay)
        } else if content.hasPrefix("#") {
            question.kind = .unsupported(SkipReason.numerical)
        } else if content.contains("~") {
            readChoices(content, format: format, path: path, into: &question, problems: &problems)
        } else if content.contains("="), content.characters.indices.contains(where: { isArrow(content, at: $0) }) {
            question.kind = .unsupported(SkipReason.matching)
        } else if let truth = trueFalse(content) {
            readTrueFalse(content, truth: truth, format: format, into: &question)
        } else {
            question.kind = .unsupported(SkipReason.shortAnswer)
        }
    }

    private static func isArrow(_ text: GIFTText, at index: Int) -> Bool {
        index + 1 < text.count && text.characters[index] == "-" && text.characters[index + 1] == ">"
    }

    /// `T`, `TRUE`, `F` or `FALSE` before any `#` (case-sensitive, as in Moodle).
    private static func trueFalse(_ content: GIFTText) -> Bool? {
        let end = content.firstIndex(of: "#") ?? content.count
        switch content.slice(0..<end).unescaped {
        case "T", "TRUE": return true
        case "F", "FALSE": return false
        default: return nil
        }
    }

    /// `{TRUE#shown when wrong#shown when right}`: trainer shows each next to its option.
    private static func readTrueFalse(_ content: GIFTText, truth: Bool, format: MoodleTextFormat,
                                      into question: inout MoodleQuestion) {
        var parts: [GIFTText] = []
        var start = 0
        while let hash = content.firstIndex(of: "#", from: start) {
            parts.append(content.slice(start..<hash))
            start = hash + 1
        }
        parts.append(content.slice(from: start))
        func feedback(_ index: Int) -> String? {
            guard index < parts.count else { return nil }
            let (own, text) = parts[index].splittingFormat()
            let value = (own ?? format).markdown(text.unescaped)
            return value.isEmpty ? nil : value
        }
        let line = content.firstLine
        let right = MoodleAnswer(text: truth ? "True" : "False", percent: 100, feedback: feedback(2), line: line)
        let wrong = MoodleAnswer(text: truth ? "False" : "True", percent: 0, feedback: feedback(1), line: line)
        question.kind = .choice(single: true)
        question.answers = truth ? [right, wrong] : [wrong, right]
    }

    /// `=right ~wrong ~%50%half #feedback`, on one line or many.
    private static func readChoices(_ content: GIFTText, format: MoodleTextFormat, path: String,
                                    into question: inout MoodleQuestion, problems: inout [Diagnostic]) {
        var pieces: [(marker: Character?, text: GIFTText)] = []
        var start = 0, marker: Character?
        for (index, character) in content.characters.enumerated() where character == "~" || character == "=" {
            pieces.append((marker, content.slice(start..<index)))
            marker = character
            start = index + 1
        }
        pieces.append((marker, content.slice(from: start)))
        // Text before the first marker is an answer too in Moodle, unless it is blank.
        if let first = pieces.first, first.marker == nil, first.text.isBlank { pieces.removeFirst() }
        var single = false
        var answers: [MoodleAnswer] = []
        for piece in pieces {
            single = single || piece.marker == "="
            var body = piece.text.trimmingLeadingWhitespace
            var percent: Double = piece.marker == "=" ? 100 : 0
            if body.hasPrefix("%") {
                guard let weight = weight(in: body, path: path, problems: &problems) else { return }
                percent = weight.percent
                body = body.slice(from: weight.end)
            }
            let hash = body.firstIndex(of: "#") ?? body.count
            let (ownFormat, answerText) = body.slice(0..<hash).splittingFormat()
            let (feedbackFormat, feedbackText) = body.slice(from: hash + 1).splittingFormat()
            let feedback = (feedbackFormat ?? ownFormat ?? format).markdown(feedbackText.unescaped)
            answers.append(MoodleAnswer(text: (ownFormat ?? format).markdown(answerText.unescaped), percent: percent,
                                        feedback: feedback.isEmpty ? nil : feedback, line: piece.text.firstLine))
        }
        question.kind = .choice(single: single)
        question.answers = answers
    }

    /// `%50%`, `%-33.33333%` at the start of an answer; a malformed one is a located problem.
    private static func weight(in body: GIFTText, path: String, problems: inout [Diagnostic]) -> (percent: Double, end: Int)? {
        let line = body.firstLine
        guard let close = body.firstIndex(of: "%", from: 1) else {
            problems.append(Diagnostic(path: path, line: line, message: "bad weight: the `%` on line \(line) is never closed"))
            return nil
        }
        let written = String(body.characters[1..<close])
        guard written.wholeMatch(of: /-?[0-9]+(\.[0-9]+)?/) != nil, let percent = Double(written), (-100...100).contains(percent) else {
            problems.append(Diagnostic(path: path, line: line,
                message: "bad weight `%\(written)%` on line \(line): expected a percentage from -100 to 100, such as %50% or %-33.33333%"))
            return nil
        }
        return (percent, close + 1)
    }
}
