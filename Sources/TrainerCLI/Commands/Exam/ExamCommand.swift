import ArgumentParser

struct ExamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exam", _superCommandName: CommandTable.name, abstract: "Certification exams: sessions, forms, results, item analysis.",
        subcommands: [
            ExamOpenCommand.self, ExamSessionsCommand.self, ExamTakeCommand.self, ExamCloseCommand.self,
            ExamPreviewCommand.self, ExamReportCommand.self, ExamFeedbackCommand.self,
            ExamItemsCommand.self, ExamRetireCommand.self, ExamCertificateCommand.self,
        ])
}
