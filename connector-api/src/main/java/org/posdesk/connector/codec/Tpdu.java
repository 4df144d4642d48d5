package org.posdesk.connector.codec;

/** The 5-byte TPDU: {@code 60}, destination, source. */
public record Tpdu(int destination, int source) {

    public static final int ID = 0x60;
    public static final int LENGTH = 5;

    public Tpdu {
        if (destination < 0 || destination > 0xFFFF || source < 0 || source > 0xFFFF) {
            throw new IllegalArgumentException("TPDU addresses are two bytes each");
        }
    }

    /** Profile 1 swaps the addresses in a reply (some hosts echo them; this one does not). */
    public Tpdu reply() {
        return new Tpdu(source, destination);
    }

    public byte[] bytes() {
        return new byte[] {(byte) ID, (byte) (destination >>> 8), (byte) destination,
                (byte) (source >>> 8), (byte) source};
    }

    static Tpdu read(ByteReader in) {
        byte[] b = in.read(LENGTH, "TPDU");
        if ((b[0] & 0xFF) != ID) {
            throw new Malformed(DecodeException.Reason.BAD_TPDU, "TPDU id " + (b[0] & 0xFF));
        }
        return new Tpdu(((b[1] & 0xFF) << 8) | (b[2] & 0xFF), ((b[3] & 0xFF) << 8) | (b[4] & 0xFF));
    }

    @Override
    public String toString() {
        return String.format("Tpdu[60 %04X %04X]", destination, source);
    }
}
