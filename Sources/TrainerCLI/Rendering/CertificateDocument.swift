import Foundation
import TrainerCore

/// A certificate as Markdown or as HTML that prints on one A4 page: one source for both.
struct CertificateDocument {
    let certificate: Certificate

    private var lines: (title: String, holder: String, body: String, issued: String, renew: String, id: String) {
        (title: "Certificate", holder: certificate.user,
         body: "has passed the \(certificate.examTitle) (`\(certificate.exam)`) with \(ReviewView.percent(certificate.score)).",
         issued: "Issued on \(certificate.issued)",
         renew: certificate.recertifyBy.map { "Valid until \($0); recertify by then." } ?? "No recertification required.",
         id: "Certificate id: \(certificate.id)")
    }

    func markdown() -> String {
        let l = lines
        return ["# \(l.title)", "", "**\(InertText.visible(l.holder))** \(l.body)", "", l.issued + ".", "", l.renew, "", l.id, ""]
            .joined(separator: "\n")
    }

    func html() -> String {
        func e(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        let l = lines
        let body = l.body.replacingOccurrences(of: "`", with: "")
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(e(l.title)) \(e(certificate.id))</title>
            <style>
            @page { size: A4; margin: 20mm; }
            * { box-sizing: border-box; }
            html, body { margin: 0; }
            body { font: 13pt/1.5 "DejaVu Serif", Georgia, serif; color: #111; }
            .page { height: 250mm; border: 2pt solid #333; padding: 30mm 20mm; text-align: center; overflow: hidden;
                    break-inside: avoid; page-break-inside: avoid; overflow-wrap: anywhere; }
            h1 { font-size: 30pt; letter-spacing: 2pt; margin: 0 0 18mm; }
            .holder { font-size: 22pt; font-weight: bold; margin: 0 0 6mm; }
            .dates { margin-top: 18mm; } .id { margin-top: 30mm; font: 10pt "DejaVu Sans Mono", monospace; color: #444; }
            </style></head>
            <body><div class="page">
            <h1>\(e(l.title))</h1>
            <p class="holder">\(e(InertText.visible(l.holder)))</p>
            <p>\(e(body))</p>
            <p class="dates">\(e(l.issued)).<br>\(e(l.renew))</p>
            <p class="id">\(e(l.id))</p>
            </div></body></html>
            """
    }
}
