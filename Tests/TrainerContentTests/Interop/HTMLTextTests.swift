import Testing
@testable import TrainerContent

/// Moodle's HTML question text as the Markdown a trainee reads.
@Suite struct HTMLTextTests {
    @Test(arguments: [
        ("<p>First</p><p>Second<br>line</p>", "First\n\nSecond\nline"),
        ("<ul><li>one</li><li><b>two</b></li></ul>", "- one\n- **two**"),
        ("Read <a href=\"https://help.example/sla\">the SLA</a> &amp; <em>act</em>.", "Read [the SLA](https://help.example/sla) & *act*."),
        ("<p><strong></strong>Empty <i></i>marks</p>", "Empty marks"),
        ("<style>p { color: red; }</style><p>Text</p>", "Text"),
        ("A<!-- note > with a bracket -->B", "AB"),
        ("x &lt; y &#8212; &#x41;&nbsp;b", "x < y — A b"),
        ("<img src=\"data:image/png;base64,AAAA\" alt=\"Ticket form\"> below", "Ticket form below"),
        ("<code>tracklight_call</code> and <pre>  two\n  lines</pre>", "`tracklight_call` and\n```\n  two\n  lines\n```"),
        ("a < b and c > d", "a < b and c > d"),
        ("<p>Nie zamykaj zgłoszenia, póki klient nie potwierdzi.</p>", "Nie zamykaj zgłoszenia, póki klient nie potwierdzi."),
    ])
    func markdown(html: String, expected: String) {
        #expect(HTMLText.markdown(html) == expected)
    }

    @Test func markupIsRecognisedInMoodleAutoFormat() {
        #expect(MoodleTextFormat.moodle.markdown("<p>Hi</p>") == "Hi")
        #expect(MoodleTextFormat.moodle.markdown("1 < 2 is *true*") == "1 < 2 is *true*")
        #expect(MoodleTextFormat.plain.markdown("  <p>kept</p> ") == "<p>kept</p>")
    }
}
