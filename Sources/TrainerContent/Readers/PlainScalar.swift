/// What a scalar means, decided here rather than by Yams' default resolver: that resolver runs
/// a set of regular expressions on every scalar each time a key is compared, which made reading
/// 50,000 questions take seconds. Scalars come unresolved from `YAMLComposer` and these rules read
/// the values the format uses (YAML 1.1 words, as Yams' default resolver reads them). Only plain
/// (unquoted) scalars are booleans, numbers or null, so `"true"` stays text.
extension YAMLNode {
    /// `~`, `null` or nothing at all.
    var isNull: Bool {
        guard case .scalar(let scalar) = self, scalar.style == .plain else { return false }
        return Self.nullWords.contains(scalar.string)
    }

    var plainBool: Bool? {
        guard case .scalar(let scalar) = self, scalar.style == .plain else { return nil }
        if Self.trueWords.contains(scalar.string) { return true }
        if Self.falseWords.contains(scalar.string) { return false }
        return nil
    }

    /// Decimal whole numbers (`12`, `-3`, `+4`).
    var plainInt: Int? {
        guard case .scalar(let scalar) = self, scalar.style == .plain else { return nil }
        return Int(scalar.string)
    }

    /// Decimal numbers (`0.5`, `-1`, `1e-3`); not `inf` or `nan`.
    var plainDouble: Double? {
        guard case .scalar(let scalar) = self, scalar.style == .plain,
              let first = scalar.string.unicodeScalars.first,
              first == "-" || first == "+" || first == "." || ("0"..."9").contains(first),
              let number = Double(scalar.string), number.isFinite else { return nil }
        return number
    }

    private static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]
    private static let trueWords: Set<String> = ["true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON"]
    private static let falseWords: Set<String> = ["false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF"]
}
