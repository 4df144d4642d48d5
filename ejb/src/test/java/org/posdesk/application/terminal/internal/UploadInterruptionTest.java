package org.posdesk.application.terminal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.posdesk.application.terminal.internal.InMemory.T0;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.posdesk.connector.TerminalReply;
import org.posdesk.connector.codec.IsoMessage;
import org.posdesk.connector.codec.MaskedCard;
import org.posdesk.connector.codec.UploadEntry;
import org.posdesk.domain.batch.Batch;
import org.posdesk.domain.batch.BatchState;
import org.posdesk.domain.batch.BatchTransition;
import org.posdesk.domain.shared.BatchNumber;
import org.posdesk.domain.terminal.Terminal;

/** A disconnect during an upload leaves the batch UPLOAD_INCOMPLETE; the terminal's resumed upload completes it. */
class UploadInterruptionTest {

    private final InMemory.Batches batches = new InMemory.Batches();
    private final InMemory.Journal journal = new InMemory.Journal();
    private final UploadFlow uploads = InMemory.uploads(batches, journal);
    private Terminal terminal;
    private Batch batch;

    @BeforeEach
    void unbalancedBatch() {
        terminal = InMemory.terminal();
        batch = InMemory.batch(terminal, BatchState.SETTLING, BatchState.UNBALANCED);
        batches.add(batch);
    }

    private static final UploadEntry SECOND = new UploadEntry(false, "000043",
            new MaskedCard("622202", "0456", 19), "000000020000");

    private String send(IsoMessage message, Instant at) {
        TerminalReply reply = uploads.handle(InMemory.inbound(message, terminal, at));
        return reply.message().text(39).orElseThrow();
    }

    private String lastCause() {
        return batch.getTransitions().get(batch.getTransitions().size() - 1).getCause();
    }

    @Test
    void aDisconnectWhileUploadingLeavesTheBatchIncomplete() {
        assertThat(send(Messages.packedUpload(Messages.saleEntry()), T0)).isEqualTo("00");
        assertThat(batch.getState()).isEqualTo(BatchState.UPLOADING);
        assertThat(terminal.getUploadingBatchNumber()).contains(BatchNumber.of(7));

        uploads.interrupted(terminal, T0.plusMillis(162));

        assertThat(batch.getState()).isEqualTo(BatchState.UPLOAD_INCOMPLETE);
        assertThat(lastCause()).isEqualTo("disconnected during upload");
        assertThat(batch.isNeedsAttention()).isTrue();
        assertThat(terminal.getUploadingBatchNumber()).isEmpty();
    }

    @Test
    void theResumedUploadCompletesTheBatch() {
        send(Messages.packedUpload(Messages.saleEntry()), T0);
        uploads.interrupted(terminal, T0.plusMillis(162));

        // On reconnecting the terminal sends its last unanswered 0320 again, then the rest, then the end.
        assertThat(send(Messages.packedUpload(Messages.saleEntry(), SECOND), T0.plusSeconds(30))).isEqualTo("00");
        assertThat(batch.getState()).isEqualTo(BatchState.UPLOADING);
        assertThat(lastCause()).isEqualTo("terminal resumed its upload");
        assertThat(send(InMemory.uploadEnd(2), T0.plusSeconds(31))).isEqualTo("00");

        assertThat(batch.getState()).isEqualTo(BatchState.UPLOADED);
        assertThat(batch.getTransitions()).extracting(t -> t.getToState() + " (" + t.getCause() + ")").endsWith(
                "UPLOADING (first 0320)", "UPLOAD_INCOMPLETE (disconnected during upload)",
                "UPLOADING (terminal resumed its upload)", "UPLOADED (upload end, all 2 received)");
        assertThat(terminal.getUploadingBatchNumber()).isEmpty();
    }

    @Test
    void anUploadEndAloneAfterTheDisconnectStillClosesTheBatch() {
        send(Messages.packedUpload(Messages.saleEntry()), T0);
        uploads.interrupted(terminal, T0.plusMillis(162));

        send(InMemory.uploadEnd(1), T0.plusSeconds(30));

        assertThat(batch.getState()).isEqualTo(BatchState.UPLOADED);
    }

    @Test
    void aDisconnectAfterTheUploadEndedChangesNothing() {
        send(Messages.packedUpload(Messages.saleEntry()), T0);
        send(InMemory.uploadEnd(1), T0.plusSeconds(1));
        int lookups = batches.lookups;

        uploads.interrupted(terminal, T0.plusSeconds(2));

        assertThat(batch.getState()).isEqualTo(BatchState.UPLOADED);
        assertThat(batches.lookups).as("no batch is looked up when no upload is under way").isEqualTo(lookups);
    }

    @Test
    void aDisconnectOfATerminalThatIsNotUploadingCostsNoQuery() {
        uploads.interrupted(terminal, T0);

        assertThat(batches.lookups).isZero();
        assertThat(batch.getState()).isEqualTo(BatchState.UNBALANCED);
    }

    @Test
    void aDisconnectAfterAnIncompleteUploadEndNamesTheStansMissingAgainstItsCount() {
        IsoMessage first = Messages.packedUpload(Messages.saleEntry(), new UploadEntry(false, "000045",
                new MaskedCard("622202", "0789", 19), "000000030000"));
        send(first, T0);
        send(InMemory.uploadEnd(4), T0.plusSeconds(1));
        assertThat(batch.getMissingStans()).extracting(s -> s.value()).containsExactly("000043", "000044");

        send(Messages.packedUpload(SECOND), T0.plusSeconds(30));
        uploads.interrupted(terminal, T0.plusSeconds(31));

        assertThat(batch.getState()).isEqualTo(BatchState.UPLOAD_INCOMPLETE);
        assertThat(batch.getMissingStans()).extracting(s -> s.value()).containsExactly("000044");
    }

    @Test
    void aRepeatedUploadEndOfAnIncompleteUploadAddsNoHistory() {
        send(Messages.packedUpload(Messages.saleEntry()), T0);
        send(InMemory.uploadEnd(3), T0.plusSeconds(1));
        assertThat(batch.getState()).isEqualTo(BatchState.UPLOAD_INCOMPLETE);
        int steps = batch.getTransitions().size();

        assertThat(send(InMemory.uploadEnd(3), T0.plusSeconds(2))).isEqualTo("00");

        assertThat(batch.getState()).isEqualTo(BatchState.UPLOAD_INCOMPLETE);
        assertThat(batch.getTransitions()).hasSize(steps);
    }

    @Test
    void historyShowsEachStepOnce() {
        send(Messages.packedUpload(Messages.saleEntry()), T0);
        send(Messages.packedUpload(SECOND), T0.plusSeconds(1));
        assertThat(batch.getTransitions()).extracting(BatchTransition::getToState)
                .containsExactly(BatchState.OPEN, BatchState.SETTLING, BatchState.UNBALANCED, BatchState.UPLOADING);
    }
}
