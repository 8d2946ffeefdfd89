package by.egov.academy.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A small A4 text document with PDFBox (shared by every module that writes a PDF): headings and wrapped paragraphs in DejaVu Sans (embedded, subset), which
 * has every Russian and Belarusian letter (і, ў); new pages as the text runs on. Not thread-safe; one per document.
 */
public final class PdfText implements AutoCloseable {

    private static final float MARGIN = 56;
    private static final PDRectangle PAGE = PDRectangle.A4;

    private final PDDocument document = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private PDPageContentStream out;
    private float y;

    public PdfText(String title) {
        try {
            regular = load("/fonts/DejaVuSans.ttf");
            bold = load("/fonts/DejaVuSans-Bold.ttf");
            document.getDocumentInformation().setTitle(title);
            newPage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDType0Font load(String resource) throws IOException {
        try (InputStream in = PdfText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font " + resource + " missing from the classpath");
            }
            return PDType0Font.load(document, in, true);
        }
    }

    public PDDocument document() {
        return document;
    }

    /** The current page's content stream and where the next line starts (for drawings such as a QR code). */
    public PDPageContentStream content() {
        return out;
    }

    public float y() {
        return y;
    }

    public void skip(float points) {
        y -= points;
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - MARGIN;
    }

    public PdfText heading(String text, float size) {
        return write(text, bold, size);
    }

    public PdfText paragraph(String text, float size) {
        return write(text, regular, size);
    }

    private PdfText write(String text, PDType0Font font, float size) {
        try {
            float leading = size * 1.35f;
            for (String line : wrap(text == null ? "" : text, font, size, PAGE.getWidth() - 2 * MARGIN)) {
                if (y - leading < MARGIN) {
                    newPage();
                }
                y -= leading;
                out.beginText();
                out.setFont(font, size);
                out.newLineAtOffset(MARGIN, y);
                out.showText(line);
                out.endText();
            }
            y -= size * 0.4f;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Words to lines no wider than the text column; characters the font lacks become '?'. */
    private static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : printable(para, font).split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static String printable(String s, PDType0Font font) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp)) {
                sb.append(' ');
            } else if (hasGlyph(font, cp)) {
                sb.appendCodePoint(cp);
            } else {
                sb.append('?');
            }
        }
        return sb.toString();
    }

    /**
     * By Unicode code point: {@code PDFont.hasGlyph(int)} takes a character code, which for this Identity-H font is a
     * glyph id, so it said yes to Cyrillic by accident and no to the dash (U+2014), which came out as '?'.
     */
    private static boolean hasGlyph(PDType0Font font, int cp) {
        try {
            font.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    public byte[] bytes() {
        try {
            out.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
