/// The certificate: one A4 page in HTML, a few lines in Markdown (view: `CertificateDocument.View`).
enum CertificateTemplates {
    static let html = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{{title}} {{id}}</title>
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
        <h1>{{title}}</h1>
        <p class="holder">{{holder}}</p>
        <p>has passed the {{examTitle}} ({{exam}}) with {{score}}.</p>
        <p class="dates">{{issued}}.<br>{{renew}}</p>
        <p class="id">Certificate id: {{id}}</p>
        </div></body></html>
        """

    static let markdown = """
        {{% CONTENT_TYPE: TEXT}}
        # {{title}}

        **{{holder}}** has passed the {{examTitle}} (`{{exam}}`) with {{score}}.

        {{issued}}.

        {{renew}}

        Certificate id: {{id}}

        """
}
