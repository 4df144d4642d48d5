package org.posdesk.connector.codec;

/** How a field travels; each encoding brings its own codec, so the field table alone drives a frame. */
public enum Encoding {
    BCD_FIXED(new NumericField(VarLength.FIXED)),
    BCD_LLVAR(new NumericField(VarLength.LL)),
    BCD_LLLVAR(new NumericField(VarLength.LLL)),
    /** A card number: {@code BCD_LLVAR} on the wire, masked the moment it is decoded. */
    PAN_LLVAR(new PanField()),
    /**
     * Field 48: {@code BCD_LLLVAR} digits, or packed batch-upload entries whose card numbers are
     * masked the moment they are decoded (see {@link UploadField}).
     */
    UPLOAD_LLLVAR(new UploadField()),
    ASCII_FIXED(new AsciiField(VarLength.FIXED)),
    ASCII_LLLVAR(new AsciiField(VarLength.LLL)),
    BINARY_FIXED(new BinaryField(VarLength.FIXED)),
    BINARY_LLLVAR(new BinaryField(VarLength.LLL));

    private final FieldCodec codec;

    Encoding(FieldCodec codec) {
        this.codec = codec;
    }

    FieldCodec codec() {
        return codec;
    }

    boolean isBinary() {
        return this == BINARY_FIXED || this == BINARY_LLLVAR;
    }

    boolean isText() {
        return !isBinary() && this != PAN_LLVAR;
    }

    int largestLength() {
        return switch (this) {
            case BCD_FIXED, ASCII_FIXED, BINARY_FIXED -> 999;
            case BCD_LLVAR, PAN_LLVAR -> VarLength.LL.largest();
            case BCD_LLLVAR, UPLOAD_LLLVAR, ASCII_LLLVAR, BINARY_LLLVAR -> VarLength.LLL.largest();
        };
    }
}
