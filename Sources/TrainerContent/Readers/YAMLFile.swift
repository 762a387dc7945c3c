/// A YAML file parsed into nodes that keep their line and column.
struct YAMLFile {
    let path: String
    let root: YAMLNode

    /// Parses `text`; a syntax error becomes a diagnostic at the place libyaml reports.
    /// Scalars are left unresolved: PlainScalar.swift reads their values.
    static func parse(_ text: String, path: String, log: DiagnosticLog) -> YAMLFile? {
        switch YAMLComposer.compose(text) {
        case .success(let root?):
            return YAMLFile(path: path, root: root)
        case .success(nil):
            log.add(path, nil, "the file is empty")
        case .failure(let failure):
            log.add(path, failure.mark, failure.message)
        }
        return nil
    }
}
