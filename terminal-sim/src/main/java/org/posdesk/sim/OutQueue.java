package org.posdesk.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The store-and-forward queue: one file per request, written before the request is sent and
 * deleted only once its response arrived. Names sort by priority, then arrival, so what a host
 * command asks for goes ahead of what was already waiting.
 */
final class OutQueue {

    static final int COMMAND = 0;
    static final int NORMAL = 1;

    /** A queued request and the file that holds it. */
    record Queued(String name, Request request) {
    }

    private final Path dir;
    private final TreeMap<String, Request> pending = new TreeMap<>();
    private long sequence;

    OutQueue(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.req")) {
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    pending.put(name, Request.deserialize(Files2.read(file)));
                    sequence = Math.max(sequence, Long.parseLong(name.substring(2, name.length() - 4)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void add(Request request, int priority) {
        String name = String.format("%d-%012d.req", priority, ++sequence);
        Files2.writeAtomically(dir.resolve(name), request.serialize());
        pending.put(name, request);
    }

    synchronized Optional<Queued> head() {
        Map.Entry<String, Request> first = pending.firstEntry();
        return first == null ? Optional.empty() : Optional.of(new Queued(first.getKey(), first.getValue()));
    }

    synchronized void remove(String name) {
        Files2.delete(dir.resolve(name));
        pending.remove(name);
    }

    synchronized int size() {
        return pending.size();
    }

    synchronized boolean isEmpty() {
        return pending.isEmpty();
    }
}
