package org.posdesk.sim;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

import org.posdesk.connector.codec.IsoMessage;
import org.posdesk.connector.codec.OutboundMessage;

/**
 * A terminal request as it waits in the store-and-forward queue: MTI, text fields and the sealed
 * card number, so the queue on disk never holds the PAN in clear. Encoded afresh (with its MAC)
 * on every attempt; the same content gives the same bytes.
 */
record Request(Purpose purpose, String mti, SortedMap<Integer, String> fields, String sealedPan,
               Truth truth, boolean closesBatch) {

    enum Purpose { ADVICE, REVERSAL, SETTLEMENT, UPLOAD, UPLOAD_END }

    /** What the ground truth records once the request is delivered. */
    record Truth(String type, String origin, String bin, String last4, String terminalTime) {
    }

    Request {
        fields = Collections.unmodifiableSortedMap(new TreeMap<>(fields));
    }

    String stan() {
        return fields.get(11);
    }

    String field(int number) {
        return fields.get(number);
    }

    Optional<Truth> truthRecord() {
        return Optional.ofNullable(truth);
    }

    OutboundMessage outbound(PanVault vault) {
        IsoMessage message = IsoMessage.of(mti);
        for (Map.Entry<Integer, String> field : fields.entrySet()) {
            message = message.with(field.getKey(), field.getValue());
        }
        OutboundMessage out = OutboundMessage.of(message);
        return sealedPan == null ? out : out.withPan(vault.open(sealedPan));
    }

    String serialize() {
        Properties p = new Properties();
        p.setProperty("purpose", purpose.name());
        p.setProperty("mti", mti);
        p.setProperty("closesBatch", Boolean.toString(closesBatch));
        fields.forEach((n, v) -> p.setProperty("f." + n, v));
        if (sealedPan != null) {
            p.setProperty("pan.sealed", sealedPan);
        }
        if (truth != null) {
            p.setProperty("truth.type", truth.type());
            p.setProperty("truth.origin", truth.origin());
            p.setProperty("truth.bin", truth.bin());
            p.setProperty("truth.last4", truth.last4());
            p.setProperty("truth.time", truth.terminalTime());
        }
        StringWriter out = new StringWriter();
        try {
            p.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static Request deserialize(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SortedMap<Integer, String> fields = new TreeMap<>();
        for (String name : p.stringPropertyNames()) {
            if (name.startsWith("f.")) {
                fields.put(Integer.parseInt(name.substring(2)), p.getProperty(name));
            }
        }
        Truth truth = p.getProperty("truth.type") == null ? null
                : new Truth(p.getProperty("truth.type"), p.getProperty("truth.origin"), p.getProperty("truth.bin"),
                        p.getProperty("truth.last4"), p.getProperty("truth.time"));
        return new Request(Purpose.valueOf(p.getProperty("purpose")), p.getProperty("mti"), fields,
                p.getProperty("pan.sealed"), truth, Boolean.parseBoolean(p.getProperty("closesBatch")));
    }

    @Override
    public String toString() {
        return mti + " " + purpose + " STAN " + stan();
    }
}
