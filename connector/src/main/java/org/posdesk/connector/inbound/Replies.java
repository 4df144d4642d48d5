package org.posdesk.connector.inbound;

import java.util.Optional;
import org.posdesk.connector.TerminalReply;
import org.posdesk.connector.codec.DecodeException;
import org.posdesk.connector.codec.Frame;
import org.posdesk.connector.codec.FrameCodec;
import org.posdesk.connector.codec.Header;
import org.posdesk.connector.codec.IsoMessage;
import org.posdesk.connector.codec.LengthPrefix;
import org.posdesk.connector.codec.Mac;
import org.posdesk.connector.codec.Tpdu;

/** Turns replies into bytes on the wire, and builds the answers the adapter gives by itself. */
final class Replies {

    static final String FORMAT_ERROR = "30";
    static final String NOT_ALLOWED = "12";
    static final String SYSTEM_ERROR = "96";

    private Replies() {
    }

    /**
     * The reply, then the host command when there is one: swapped TPDU, the request's header with
     * the processing nibble set to 7 when a command follows. The reply carries a MAC only where
     * protocol.md asks for one (the request carried one, and 39 is 00 or 94); the command always
     * does. The key comes with the reply, so sign-on and heartbeat replies bring it for their
     * command without being signed themselves.
     */
    static byte[][] encode(Frame request, TerminalReply reply) {
        Tpdu tpdu = request.tpdu().reply();
        boolean commandFollows = reply.command() != null;
        Header header = request.header().withProcessingRequirement(commandFollows ? Header.COMMAND_FOLLOWS : 0);
        Optional<byte[]> key = reply.key();
        boolean signReply = key.isPresent() && request.message().has(64)
                && reply.message().text(39).map(code -> code.equals("00") || code.equals("94")).orElse(false);
        byte[] first = LengthPrefix.add(signReply
                ? FrameCodec.encodeWithMac(reply.message(), tpdu, header, new Mac(key.get()))
                : FrameCodec.encode(reply.message(), tpdu, header));
        if (!commandFollows) {
            return new byte[][] {first};
        }
        Header plain = request.header().withProcessingRequirement(0);
        byte[] command = LengthPrefix.add(key.isPresent()
                ? FrameCodec.encodeWithMac(reply.command(), tpdu, plain, new Mac(key.get()))
                : FrameCodec.encode(reply.command(), tpdu, plain));
        return new byte[][] {first, command};
    }

    /** {@code 96}: nothing was stored, try again later. No MAC: the code is neither 00 nor 94. */
    static byte[] systemError(Frame request) {
        IsoMessage reply = echo(request.message(), errorReply(request.message().mti()))
                .with(39, SYSTEM_ERROR);
        return LengthPrefix.add(FrameCodec.encode(reply, request.tpdu().reply(),
                request.header().withProcessingRequirement(0)));
    }

    /**
     * The answer to a frame that did not decode: {@code 12} for a well-formed request whose MTI is
     * outside the profile, {@code 30} otherwise, carrying whatever of 11, 41 and 42 could be read.
     * Empty when not even the addressing and MTI could be read: the connection is then closed.
     */
    static Optional<byte[]> forUndecodable(byte[] frame, DecodeException error) {
        if (frame.length < Tpdu.LENGTH + Header.LENGTH || error.mti().isEmpty()
                || (frame[0] & 0xFF) != Tpdu.ID) {
            return Optional.empty();
        }
        try {
            Tpdu tpdu = new Tpdu(((frame[1] & 0xFF) << 8) | (frame[2] & 0xFF),
                    ((frame[3] & 0xFF) << 8) | (frame[4] & 0xFF)).reply();
            byte[] headerBytes = new byte[Header.LENGTH];
            System.arraycopy(frame, Tpdu.LENGTH, headerBytes, 0, Header.LENGTH);
            String code = error.reason() == DecodeException.Reason.UNKNOWN_MTI ? NOT_ALLOWED : FORMAT_ERROR;
            IsoMessage reply = errorReply(error.mti().get()).with(39, code);
            reply = withIfPresent(reply, 11, error.stan());
            reply = withIfPresent(reply, 41, error.tid());
            reply = withIfPresent(reply, 42, error.mid());
            return Optional.of(LengthPrefix.add(FrameCodec.encode(reply, tpdu,
                    Header.of(headerBytes).withProcessingRequirement(0))));
        } catch (IllegalArgumentException unusable) {
            // What was read cannot even be echoed (a malformed STAN, say): close instead.
            return Optional.empty();
        }
    }

    private static IsoMessage errorReply(String requestMti) {
        return IsoMessage.errorReplyTo(requestMti);
    }

    private static IsoMessage echo(IsoMessage request, IsoMessage reply) {
        IsoMessage result = reply;
        for (int field : new int[] {3, 4, 11, 41, 42}) {
            result = withIfPresent(result, field, request.text(field));
        }
        return result;
    }

    private static IsoMessage withIfPresent(IsoMessage message, int field, Optional<String> value) {
        return value.map(v -> message.with(field, v)).orElse(message);
    }
}
