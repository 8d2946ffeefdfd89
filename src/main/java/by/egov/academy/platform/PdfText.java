package by.egov.academy.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A small A4 text document with PDFBox (shared by every module that writes a PDF): headings and wrapped paragraphs in DejaVu Sans (embedded, subset), which
 * has every Russian and Belarusian letter (і, ў); new pages as the text runs on. Not thread-safe; one per document.
 *
 * <p>Parsing the 750 KB font files took half of a certificate's time, so the files are read once and parsed fonts
 * are kept in a pool: a parsed font is not thread-safe, but a document only reads it (each document still embeds
 * its own subset), so one document at a time borrows a pair and returns it on {@link #close()}. A document whose
 * text is known beforehand (a certificate) may use the compact fonts: DejaVu cut once to the Latin, Cyrillic and
 * punctuation blocks (694 of its 6,253 glyphs), because PDFBox builds the width table of the whole font
 * for every document before it subsets — a third of a certificate's time with the full font.
 */
public final class PdfText implements AutoCloseable {

    private static final float MARGIN = 56;
    private static final PDRectangle PAGE = PDRectangle.A4;

    private static final byte[] REGULAR = read("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = read("/fonts/DejaVuSans-Bold.ttf");
    private static final java.util.concurrent.ConcurrentLinkedDeque<Fonts> POOL = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private static final java.util.concurrent.ConcurrentLinkedDeque<Fonts> COMPACT_POOL =
            new java.util.concurrent.ConcurrentLinkedDeque<>();
    /** The code point ranges of the compact fonts (inclusive pairs). */
    private static final int[] COMPACT_RANGES = {0x20, 0x7E, 0xA0, 0x17F, 0x400, 0x52F, 0x2010, 0x2027, 0x2030, 0x203A,
            0x20AC, 0x20AC, 0x2116, 0x2116, 0x2122, 0x2122};
    private static volatile byte[][] compact;

    /** A parsed regular and bold font, used by one document at a time. */
    private record Fonts(TrueTypeFont regular, TrueTypeFont bold, boolean compact) {
        static Fonts parse(boolean compact) throws IOException {
            byte[][] files = compact ? compactFiles() : new byte[][]{REGULAR, BOLD};
            return new Fonts(new TTFParser().parse(new RandomAccessReadBuffer(files[0])),
                    new TTFParser().parse(new RandomAccessReadBuffer(files[1])), compact);
        }
    }

    private static byte[][] compactFiles() throws IOException {
        byte[][] files = compact;
        if (files == null) {
            files = new byte[][]{cut(REGULAR), cut(BOLD)};
            compact = files;
        }
        return files;
    }

    private static byte[] cut(byte[] file) throws IOException {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file))) {
            // the glyph outlines and metrics only: the layout tables (GSUB, GPOS, kern, ...) would keep the full font's
            // glyph ids, which name other glyphs once the font is cut
            org.apache.fontbox.ttf.TTFSubsetter subsetter = new org.apache.fontbox.ttf.TTFSubsetter(font, List.of("head",
                    "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp", "cmap", "post", "name", "OS/2"));
            for (int i = 0; i < COMPACT_RANGES.length; i += 2) {
                for (int cp = COMPACT_RANGES[i]; cp <= COMPACT_RANGES[i + 1]; cp++) {
                    subsetter.add(cp);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        }
    }

    /** Whether the compact fonts have every character of these texts (else a document needs the full fonts). */
    public static boolean compactCovers(String... texts) {
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                if (!inCompactRange(cp)) {
                    return false;
                }
                i += Character.charCount(cp);
            }
        }
        return true;
    }

    private static boolean inCompactRange(int cp) {
        if (cp >= 0x20 && cp <= 0x7E) {
            return true;
        }
        for (int i = 0; i < COMPACT_RANGES.length; i += 2) {
            if (cp >= COMPACT_RANGES[i] && cp <= COMPACT_RANGES[i + 1]) {
                return true;
            }
        }
        return Character.isISOControl(cp); // written as spaces
    }

    private final PDDocument document = new PDDocument();
    private final Fonts fonts;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private PDPageContentStream out;
    private float y;

    public PdfText(String title) {
        this(title, false);
    }

    /** {@code compact}: the caller has checked with {@link #compactCovers} that the compact fonts suffice. */
    public PdfText(String title, boolean compact) {
        try {
            Fonts pooled = (compact ? COMPACT_POOL : POOL).pollFirst();
            fonts = pooled != null ? pooled : Fonts.parse(compact);
            regular = PDType0Font.load(document, fonts.regular(), true);
            bold = PDType0Font.load(document, fonts.bold(), true);
            document.getDocumentInformation().setTitle(title);
            newPage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
            TrueTypeFont file = font == bold ? fonts.bold() : fonts.regular();
            for (String line : wrap(text == null ? "" : text, font, file.getUnicodeCmapLookup(), size,
                    PAGE.getWidth() - 2 * MARGIN)) {
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

    /**
     * Words to lines no wider than the text column; characters the font lacks become '?'. Widths add up (PDFBox
     * applies no kerning), so each word is measured once rather than every candidate line again.
     */
    private static List<String> wrap(String text, PDType0Font font, org.apache.fontbox.ttf.CmapLookup cmap, float size,
                                     float width) throws IOException {
        List<String> lines = new ArrayList<>();
        float space = font.getStringWidth(" ");
        float limit = width * 1000 / size;
        for (String para : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String word : printable(para, cmap).split(" ")) {
                float wordWidth = font.getStringWidth(word);
                if (!line.isEmpty() && lineWidth + space + wordWidth > limit) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                if (!line.isEmpty()) {
                    line.append(' ');
                    lineWidth += space;
                }
                line.append(word);
                lineWidth += wordWidth;
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * By the font file's own character map. Not {@code hasGlyph(cp)}: that takes a character code, which for this
     * Identity-H font is a glyph id, so it refused "—", "→", "’" or "№" (code points beyond the glyph count).
     */
    private static String printable(String s, org.apache.fontbox.ttf.CmapLookup cmap) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp)) {
                sb.append(' ');
            } else if (cmap.getGlyphId(cp) != 0) {
                sb.appendCodePoint(cp);
            } else {
                sb.append('?');
            }
        }
        return sb.toString();
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
        } finally {
            // as many pairs stay as documents were ever made at once (request threads plus certificate workers)
            (fonts.compact() ? COMPACT_POOL : POOL).offerFirst(fonts);
        }
    }
}
