package org.posdesk.interfaces.web.security;

import io.nayuki.qrcodegen.QrCode;

/**
 * Draws a QR code as inline SVG: no image request, nothing for the content security policy to
 * allow, and crisp at any zoom. Only our own key URI goes in; the markup carries no text of it.
 */
final class QrSvg {

    private static final int QUIET_ZONE = 4;

    private QrSvg() {
    }

    static String of(String text, String label) {
        // Medium error correction: a phone camera reads it off a screen, nothing will deface it.
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" width=\"220\" height=\"220\" role=\"img\" aria-label=\"" + escape(label)
                + "\" shape-rendering=\"crispEdges\"><rect width=\"" + size + "\" height=\"" + size
                + "\" fill=\"#ffffff\"/><path d=\"" + path + "\" fill=\"#000000\"/></svg>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
