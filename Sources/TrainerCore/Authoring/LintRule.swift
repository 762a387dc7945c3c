/// The item-writing rules of `trainer check`. The raw values are stable: authors grep for them,
/// and they appear in every warning as `[key-longest]`.
public enum LintRule: String, Sendable, Hashable, CaseIterable, Codable {
    /// A single-answer key clearly longer than every distractor (see `ItemLint.keyLongest`).
    case keyLongest = "key-longest"
    /// "All of the above" or "none of the above" as an option.
    case allOrNone = "all-or-none"
    /// Within a bank, every item with a given option count has the same answer type.
    case countPredictsAnswers = "count-predicts-answers"
    /// Two prompts nearly the same, or an exam item copying a practice item.
    case nearDuplicate = "near-duplicate"
    /// "always", "never" or "only" in wrong options and in no correct one.
    case absoluteWords = "absolute-words"
    /// A "not" or "except" in the prompt that a reader can skim past.
    case negativeStem = "negative-stem"
    /// A wrong option that does not say why it is wrong.
    case wrongOptionNoFeedback = "wrong-option-no-feedback"
    /// Options in file order, with the key in first place.
    case unshuffledKeyFirst = "unshuffled-key-first"
}
