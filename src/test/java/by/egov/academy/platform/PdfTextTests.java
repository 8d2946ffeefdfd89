package by.egov.academy.platform;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pooled and compact fonts print what the text says, and the compact ones are used only where they suffice. */
class PdfTextTests {

    private static String roundTrip(boolean compact, String text) throws Exception {
        byte[] bytes;
        try (PdfText pdf = new PdfText("t", compact)) {
            pdf.heading(text, 12).paragraph(text, 10);
            bytes = pdf.bytes();
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void compactFontsPrintRussianBelarusianAndPunctuation() throws Exception {
        // "ffi", "fi", "fl": Latin ligatures would come from the full font's substitution table, whose glyph ids mean
        // other glyphs in the compact font
        String text = "Іўеўскі Ўладзімір — «Лічбавая» № 5, Łukasz € • Ёлкин, Office of finance, flow";
        assertThat(PdfText.compactCovers(text)).isTrue();
        assertThat(roundTrip(true, text)).contains(text);
        // a document after another reuses the pooled fonts and still embeds what it needs
        assertThat(roundTrip(true, "Щучин Ъ")).contains("Щучин Ъ");
    }

    @Test
    void aCharacterOutsideTheCompactFontsNeedsTheFullOnes() throws Exception {
        String greek = "Ωμέγα Иванов";
        assertThat(PdfText.compactCovers("Иванов", greek)).isFalse();
        assertThat(roundTrip(false, greek)).contains(greek);
        // DejaVu has no CJK: such a character becomes '?' rather than an empty box
        assertThat(roundTrip(false, "Ли 李")).contains("Ли ?");
        // № lies beyond the full font's glyph count: once mistaken for a glyph id, now looked up as a character
        assertThat(roundTrip(false, "№ 7")).contains("№ 7");
    }

    @Test
    void aLongParagraphWrapsWithinTheColumnAndKeepsEveryWord() throws Exception {
        String words = String.join(" ", java.util.Collections.nCopies(60, "трансфармацыя"));
        String text = roundTrip(true, words);
        java.util.List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        // twice (heading and paragraph), each over several lines of at most the column's width
        assertThat(lines.size()).isGreaterThan(6);
        assertThat(text.split("трансфармацыя", -1).length - 1).isEqualTo(120);
        assertThat(lines).allMatch(l -> l.strip().length() <= 85);
    }
}
