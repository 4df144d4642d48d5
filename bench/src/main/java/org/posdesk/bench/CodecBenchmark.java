package org.posdesk.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.posdesk.connector.codec.DecodeException;
import org.posdesk.connector.codec.Frame;
import org.posdesk.connector.codec.FrameCodec;
import org.posdesk.connector.codec.Header;
import org.posdesk.connector.codec.IsoMessage;
import org.posdesk.connector.codec.Mac;
import org.posdesk.connector.codec.OutboundMessage;
import org.posdesk.connector.codec.Tpdu;
import org.posdesk.connector.demo.DemoKeys;

/** Pack and unpack of a sale advice, the most common message, on one thread: ops/s per core. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class CodecBenchmark {

    private static final Tpdu TPDU = new Tpdu(0x0003, 0x0000);
    private static final Header HEADER = Header.ofHex("603100310000");

    private final Mac mac = new Mac(DemoKeys.mak("10000001"));
    private final OutboundMessage advice = OutboundMessage.of(IsoMessage.of("0220")
            .with(3, "000000").with(4, "000000012345").with(11, "000123").with(12, "101530").with(13, "1122")
            .with(22, "071").with(37, "403112000077").with(38, "A1B2C3").with(39, "00").with(41, "10000001")
            .with(42, "898310058120001").with(49, "156").with(60, "22000001000").with(63, "ORD20261122-0001"))
            .withPan("6222021234567890127");
    private final byte[] encoded = FrameCodec.encode(advice, TPDU, HEADER);

    /** Encode without MAC, then decode (masking the PAN): the codec alone. */
    @Benchmark
    public Frame packAndUnpack() throws DecodeException {
        return FrameCodec.decode(FrameCodec.encode(advice, TPDU, HEADER));
    }

    /** As the server does it per request: decode, verify the MAC, encode a signed reply. */
    @Benchmark
    public byte[] unpackVerifyAndSignReply() throws DecodeException {
        Frame frame = FrameCodec.decode(encoded);
        boolean ignored = FrameCodec.macMatches(encoded, mac);
        return FrameCodec.encodeWithMac(IsoMessage.of("0230").with(11, frame.message().text(11).orElseThrow())
                .with(39, ignored ? "00" : "A0").with(41, "10000001").with(42, "898310058120001"),
                frame.tpdu().reply(), frame.header(), mac);
    }
}
