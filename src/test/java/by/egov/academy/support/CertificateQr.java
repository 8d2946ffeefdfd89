package by.egov.academy.support;

import java.awt.image.BufferedImage;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Reads a certificate's QR code the way a phone would: from the rendered page. */
public final class CertificateQr {

    private CertificateQr() {
    }

    /**
     * The URL in the QR code of the certificate's first page, as a phone would read it from a print: the page is
     * rendered at a few resolutions, with and without anti-aliasing, and the code looked for in the lower right
     * corner, then in the whole page; the first reading wins.
     */
    public static String url(PDDocument doc) throws Exception {
        PDFRenderer renderer = new PDFRenderer(doc);
        Exception last = null;
        for (int dpi : new int[] {216, 300, 200, 144}) {
            for (boolean smooth : new boolean[] {false, true}) {
                renderer.setRenderingHints(new java.awt.RenderingHints(java.awt.RenderingHints.KEY_ANTIALIASING,
                        smooth ? java.awt.RenderingHints.VALUE_ANTIALIAS_ON : java.awt.RenderingHints.VALUE_ANTIALIAS_OFF));
                BufferedImage page = renderer.renderImageWithDPI(0, dpi);
                BufferedImage corner = page.getSubimage(page.getWidth() * 2 / 5, page.getHeight() / 2,
                        page.getWidth() - page.getWidth() * 2 / 5, page.getHeight() - page.getHeight() / 2);
                for (BufferedImage image : new BufferedImage[] {corner, page}) {
                    try {
                        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                                new BufferedImageLuminanceSource(image))), Map.of(DecodeHintType.TRY_HARDER, true)).getText();
                    } catch (com.google.zxing.ReaderException e) {
                        last = e;
                    }
                }
            }
        }
        BufferedImage page = renderer.renderImageWithDPI(0, 216);
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        javax.imageio.ImageIO.write(page, "png", dir.resolve("certificate-qr-not-read.png").toFile());
        throw new AssertionError("the QR code could not be read; the page is in target/screenshots/certificate-qr-not-read.png", last);
    }
}
