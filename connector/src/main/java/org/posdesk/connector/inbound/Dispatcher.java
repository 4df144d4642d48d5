package org.posdesk.connector.inbound;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.posdesk.connector.TerminalMessageListener;
import org.posdesk.connector.TerminalReply;
import org.posdesk.connector.TerminalRequest;

/**
 * Delivers requests to the message-driven bean and writes the replies once the bean's
 * transaction has committed (the bean's call returns only after its commit).
 * <p>
 * Each worker takes whatever requests are waiting in its queue, up to the batch size, and
 * delivers them in one call, so under load many terminals' messages share one commit; with one waiting it is a plain
 * request and reply. If a batch fails, nothing of it was stored: each request is delivered again
 * on its own, so one bad message cannot cost the others their answer, and a request that fails
 * alone too is answered {@code 96} — the terminal keeps it queued and sends it again. When single
 * deliveries keep failing the database is the likely cause, and the rest are answered 96 at once.
 */
final class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
    private static final long POLL_MILLIS = 200;

    private final List<BlockingQueue<PendingRequest>> queues;
    private final MessageEndpointFactory endpoints;
    private final int maxBatch;
    private final CountDownLatch stopped;
    private volatile boolean running = true;

    Dispatcher(MessageEndpointFactory endpoints, int maxBatch, int workers) {
        this.endpoints = endpoints;
        this.maxBatch = maxBatch;
        this.stopped = new CountDownLatch(workers);
        List<BlockingQueue<PendingRequest>> all = new ArrayList<>(workers);
        for (int i = 0; i < workers; i++) {
            all.add(new LinkedBlockingQueue<>());
        }
        this.queues = List.copyOf(all);
    }

    /**
     * Requests of one terminal always go to the same worker, so they are processed in order and
     * never in two transactions at once (a reconnect's new request and the old connection's
     * disconnect would otherwise race for the terminal's row).
     */
    void submit(PendingRequest request) {
        String key = request.request().tid() != null ? request.request().tid() : request.request().connectionId();
        queues.get(Math.floorMod(key.hashCode(), queues.size())).add(request);
    }

    /** The loop the worker with this index runs until {@link #stop}. */
    void work(int index) {
        BlockingQueue<PendingRequest> queue = queues.get(index);
        try {
            while (running) {
                PendingRequest first = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (first != null) {
                    List<PendingRequest> batch = new ArrayList<>(maxBatch);
                    batch.add(first);
                    queue.drainTo(batch, maxBatch - 1);
                    deliver(batch);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stopped.countDown();
        }
    }

    /** Stops taking work; what is still queued gets no answer and stays queued at the terminals. */
    void stop() {
        running = false;
        try {
            stopped.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        queues.forEach(BlockingQueue::clear);
    }

    private void deliver(List<PendingRequest> batch) {
        try {
            answer(batch, call(batch));
        } catch (RuntimeException | LinkageError batchFailure) {
            if (batch.size() == 1) {
                fail(batch.get(0), batchFailure);
                return;
            }
            LOG.log(Level.FINE, "batch of " + batch.size() + " rolled back; delivering singly", batchFailure);
            int failuresInARow = 0;
            for (PendingRequest single : batch) {
                // Two single failures in a row look like the database, not one bad message: answer
                // the rest 96 at once instead of letting each wait for a connection timeout.
                if (failuresInARow >= 2) {
                    fail(single, batchFailure);
                    continue;
                }
                try {
                    answer(List.of(single), call(List.of(single)));
                    failuresInARow = 0;
                } catch (RuntimeException | LinkageError failure) {
                    failuresInARow++;
                    fail(single, failure);
                }
            }
        }
    }

    private List<TerminalReply> call(List<PendingRequest> batch) {
        List<TerminalRequest> requests = batch.stream().map(PendingRequest::request).toList();
        MessageEndpoint endpoint;
        try {
            endpoint = endpoints.createEndpoint(null);
        } catch (Exception e) {
            throw new IllegalStateException("no message endpoint available", e);
        }
        try {
            List<TerminalReply> replies = ((TerminalMessageListener) endpoint).onRequests(requests);
            if (replies == null || replies.size() != requests.size()) {
                throw new IllegalStateException("the listener answered " + (replies == null ? "null" : replies.size())
                        + " replies to " + requests.size() + " requests");
            }
            return replies;
        } finally {
            endpoint.release();
        }
    }

    private void answer(List<PendingRequest> batch, List<TerminalReply> replies) {
        for (int i = 0; i < batch.size(); i++) {
            PendingRequest pending = batch.get(i);
            if (!pending.expectsReply()) {
                continue;
            }
            TerminalReply reply = replies.get(i);
            if (reply.message() == null) {
                resume(pending.channel());
                continue;
            }
            byte[][] frames;
            try {
                frames = Replies.encode(pending.frame(), reply);
            } catch (RuntimeException e) {
                // Committed, but the reply cannot be encoded: a defect. The terminal resends and
                // gets a duplicate's answer; log once with context.
                LOG.log(Level.SEVERE, "cannot encode " + reply + " for " + pending.request(), e);
                pending.channel().close();
                continue;
            }
            write(pending.channel(), frames, reply.close());
        }
    }

    private void fail(PendingRequest pending, Throwable failure) {
        // One line per refused request: during a database outage every waiting terminal gets here,
        // and a stack trace each would bury the log. The trace is there at FINE.
        LOG.warning(() -> "nothing stored for " + pending.request() + ", answered 96: " + rootCause(failure));
        LOG.log(Level.FINE, "cause of the 96 for " + pending.request(), failure);
        if (pending.expectsReply()) {
            write(pending.channel(), new byte[][] {Replies.systemError(pending.frame())}, false);
        }
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private static void write(Channel channel, byte[][] frames, boolean close) {
        for (int i = 0; i < frames.length; i++) {
            boolean last = i == frames.length - 1;
            var future = channel.writeAndFlush(Unpooled.wrappedBuffer(frames[i]));
            if (last) {
                future.addListener(close ? ChannelFutureListener.CLOSE : done -> resume(channel));
            }
        }
    }

    /** The terminal may send its next request: read from the connection again. */
    private static void resume(Channel channel) {
        if (channel.isActive()) {
            channel.config().setAutoRead(true);
        }
    }
}
