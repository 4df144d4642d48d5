package org.posdesk.domain.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.posdesk.domain.shared.IllegalTransitionException;
import org.posdesk.domain.statement.MatchOutcome;

class DiscrepancyTest {

    private static final Instant T0 = Instant.parse("2026-03-10T00:00:00Z");

    private static Discrepancy open() {
        return Discrepancy.open(MatchOutcome.AMOUNT_MISMATCH, new Discrepancy.Subject(1, 2L, 3L, 4L, 5L, 6L,
                "T0000001", 501, "CNY", null), "acquirer 501, posdesk 500", T0);
    }

    @Test
    void eachStepIsKeptWithWhoAndWhyAndAHandledOneCannotBeHandledAgain() {
        Discrepancy d = open();
        d.resolve("fee rounding", "agent1", T0.plusSeconds(60));

        assertThat(d.getTransitions()).extracting(t -> t.getFromState().map(Enum::name).orElse("-") + ">"
                + t.getToState() + " " + t.getActor() + ": " + t.getReason())
                .containsExactly("->OPEN reconciliation: found: AMOUNT_MISMATCH", "OPEN>RESOLVED agent1: fee rounding");
        assertThatThrownBy(() -> d.handOverToCase(9, "agent2", T0)).isInstanceOf(IllegalTransitionException.class);
        assertThat(d.getState()).isEqualTo(DiscrepancyState.RESOLVED);
    }

    @Test
    void aCaseTakesItOverAndAMatchedLineIsNoDiscrepancy() {
        Discrepancy d = open();
        d.handOverToCase(42, "agent1", T0);
        assertThat(d.getCaseId()).contains(42L);
        assertThat(d.getTransitions()).last().extracting(DiscrepancyTransition::getReason).isEqualTo("case 42");
        assertThatThrownBy(() -> Discrepancy.open(MatchOutcome.MATCHED, new Discrepancy.Subject(1, 2L, null, null,
                null, null, null, 1, "CNY", null), null, T0)).isInstanceOf(IllegalArgumentException.class);
    }
}
