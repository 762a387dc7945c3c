import Foundation
import TrainerCore

/// A certificate as Markdown or as HTML that prints on one A4 page: one view, two templates.
struct CertificateDocument {
    let certificate: Certificate

    /// What both templates show, worded once.
    struct View {
        var title = "Certificate"
        var holder: String
        var examTitle: String
        var exam: String
        var score: String
        var issued: String
        var renew: String
        var id: String
    }

    var view: View {
        View(holder: InertText.visible(certificate.user), examTitle: certificate.examTitle, exam: certificate.exam,
             score: ReviewView.percent(certificate.score), issued: "Issued on \(certificate.issued)",
             renew: certificate.recertifyBy.map { "Valid until \($0); recertify by then." } ?? "No recertification required.",
             id: certificate.id)
    }

    func markdown() throws -> String { try DocumentTemplates.render(view, "certificate", as: .md) }
    func html() throws -> String { try DocumentTemplates.render(view, "certificate", as: .html) }
}
