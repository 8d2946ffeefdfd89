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

    /** The URL in the QR code of the certificate's first page. */
    public static String url(PDDocument doc) throws Exception {
        PDFRenderer renderer = new PDFRenderer(doc);
        // the code's modules are 3 pt squares drawn one by one: at 216 dpi each is exactly 9 pixels, and without
        // anti-aliasing no light seam is left between two dark neighbours (at 200 dpi some codes were not found)
        renderer.setRenderingHints(new java.awt.RenderingHints(java.awt.RenderingHints.KEY_ANTIALIASING,
                java.awt.RenderingHints.VALUE_ANTIALIAS_OFF));
        BufferedImage page = renderer.renderImageWithDPI(0, 216);
        // the code sits in the lower right, apart from the frame and the text that can mislead the detector
        BufferedImage corner = page.getSubimage(page.getWidth() * 2 / 5, page.getHeight() / 2,
                page.getWidth() - page.getWidth() * 2 / 5, page.getHeight() - page.getHeight() / 2);
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(corner))),
                    Map.of(DecodeHintType.TRY_HARDER, true)).getText();
        } catch (com.google.zxing.NotFoundException e) {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
            javax.imageio.ImageIO.write(page, "png", dir.resolve("certificate-qr-not-found.png").toFile());
            throw new AssertionError("no QR code found; the page is in target/screenshots/certificate-qr-not-found.png", e);
        }
    }
}
