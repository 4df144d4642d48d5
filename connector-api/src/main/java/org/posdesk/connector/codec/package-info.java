/**
 * The profile-1 device protocol as data: ISO 8583 frames (length, TPDU, header, MTI, bitmap,
 * fields) encoded and decoded from a field table, plus the ISO 9797-1 MAC the frames carry.
 *
 * <p>Nothing here touches a socket or a Jakarta API, so the server side in {@code connector}
 * and the client side in {@code terminal-sim} share it byte for byte. Decoding never lets a
 * full card number out: field 2, and the card number of each packed batch-upload entry in field
 * 48 ({@link org.posdesk.connector.codec.UploadEntry}), becomes a
 * {@link org.posdesk.connector.codec.MaskedCard} inside the decoder. Every malformed input ends in a {@link org.posdesk.connector.codec.DecodeException}
 * carrying what could be read, so the server can still answer {@code 30}.
 */
package org.posdesk.connector.codec;
