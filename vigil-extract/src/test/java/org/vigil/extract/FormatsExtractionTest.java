package org.vigil.extract;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.TextSpan;
import org.vigil.extract.facts.PersonFact;
import org.vigil.extract.input.InputFormat;
import org.vigil.extract.input.ReadOptions;
import org.vigil.extract.input.ReportDocument;
import org.vigil.extract.input.ReportReader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** HTML and PDF reports give the same kinds of facts, with evidence into their extracted text. */
class FormatsExtractionTest {

    @Test
    void anHtmlEntryWithACaseBox() throws Exception {
        String html = "<html><body><h2>Tunisia</h2><p>On 3 May, police arrested 14 students in Sfax.</p>"
                + "<aside class=\"case-box\"><p>Blogger Amira Ben Salah was sentenced to two years in prison "
                + "for “insulting a public official”.</p></aside></body></html>";
        ReportDocument doc = ReportReader.read("tn.html", html.getBytes(StandardCharsets.UTF_8), ReadOptions.defaults());

        Extraction x = Examples.EXTRACTOR.extract(doc, ExtractionSettings.defaults().withEventsYear(2013));

        assertThat(doc.format()).isEqualTo(InputFormat.HTML);
        PersonFact amira = x.facts().persons().get(0);
        assertThat(amira.name()).isEqualTo("Amira Ben Salah");
        TextSpan first = amira.evidence().get(0);
        assertThat(first.of(doc.text())).isEqualTo("Amira Ben Salah");
        assertThat(x.facts().charges()).extracting(c -> c.text()).containsExactly("insulting a public official");
        assertThat(x.facts().counts()).extracting(c -> c.count().value()).containsExactly(14L);
        assertThat(x.facts().places()).extracting(p -> p.name()).contains("Sfax");
        assertThat(x.facts().datedEvents()).extracting(e -> e.date().isoText()).contains("2013-05-03");
    }

    @Test
    void aPdfEntry() throws Exception {
        byte[] pdf;
        try (PDDocument d = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            d.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(d, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                s.setLeading(14);
                s.newLineAtOffset(72, 700);
                s.showText("In June, journalist Omar Haddad was detained in Amman and charged with");
                s.newLine();
                s.showText("\"undermining the regime\". He was released on bail in August.");
                s.endText();
            }
            d.save(out);
            pdf = out.toByteArray();
        }
        ReportDocument doc = ReportReader.read("jo.pdf", pdf, ReadOptions.defaults());

        Extraction x = Examples.EXTRACTOR.extract(doc, ExtractionSettings.defaults().withEventsYear(2014));

        assertThat(x.facts().persons()).extracting(PersonFact::name).containsExactly("Omar Haddad");
        assertThat(x.facts().persons().get(0).roles()).contains("journalist", "detainee", "defendant");
        assertThat(x.facts().charges()).extracting(c -> c.text()).containsExactly("undermining the regime");
        assertThat(x.facts().datedEvents()).extracting(e -> e.date().isoText()).containsExactly("2014-06", "2014-08");
        assertThat(x.facts().persons().get(0).evidence().get(0).of(doc.text())).isEqualTo("Omar Haddad");
    }
}
