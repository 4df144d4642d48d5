package org.posdesk.domain.audit;

/**
 * The end of the chain: the position and hash of the last entry, or position 0 and no hash before
 * the first. Kept in a row of its own so appends can queue on one lock.
 */
public record ChainHead(long position, String hash) {

    public static final ChainHead EMPTY = new ChainHead(0, null);

    public ChainHead {
        if (position < 0 || (position == 0) != (hash == null)) {
            throw new IllegalArgumentException("a chain head names a hash exactly when it names an entry: "
                    + position + " " + hash);
        }
    }
}
