package org.posdesk.domain.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.posdesk.domain.shared.IllegalTransitionException;
import org.posdesk.domain.shared.Money;
import org.posdesk.domain.shared.OrderNumber;

class MissingOrderCaseTest {

    private static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");

    private static MissingOrderCase fresh() {
        Claim claim = new Claim(1L, null, OrderNumber.of("A-1"), Money.of(1_000, "CNY"), null, "1234", null, null);
        return MissingOrderCase.open(7, claim, null, CaseSource.MERCHANT_REPORT, "m", T0, T0.plusSeconds(3600), null);
    }

    @Test
    void everyTransitionIsAHistoryRowWithWhoWhenAndWhy() {
        MissingOrderCase c = fresh();
        c.assignTo("agent", T0.plusSeconds(60));
        c.escalate("acquirer must confirm", "agent", T0.plusSeconds(120));
        c.assignTo("agent2", T0.plusSeconds(130));
        c.transitionTo(CaseState.INVESTIGATING, "agent2", "acquirer answered", T0.plusSeconds(180));
        c.resolve(CaseResolution.NOT_PAID, "acquirer has no such payment", "agent2", T0.plusSeconds(240));

        assertThat(c.getTransitions()).extracting(CaseTransition::getToState).containsExactly(CaseState.OPEN,
                CaseState.INVESTIGATING, CaseState.ESCALATED, CaseState.INVESTIGATING, CaseState.RESOLVED);
        assertThat(c.getTransitions().get(2).getActor()).isEqualTo("agent");
        assertThat(c.getTransitions().get(2).getReason()).isEqualTo("acquirer must confirm");
        assertThat(c.getAssignee()).contains("agent2");
        assertThat(c.getResolutionKind()).contains(CaseResolution.NOT_PAID);
        assertThat(c.isActive()).isFalse();
        assertThat(c.getResolvedAt()).contains(T0.plusSeconds(240));
    }

    @Test
    void linkingResolvesAsLinkedWithThePaymentAndOrder() {
        MissingOrderCase c = fresh();
        c.linkPayment(99, OrderNumber.of("A-2"), "offline sale found", "agent", T0.plusSeconds(10));

        assertThat(c.getState()).isEqualTo(CaseState.RESOLVED);
        assertThat(c.getResolutionKind()).contains(CaseResolution.LINKED);
        assertThat(c.getTransactionId()).contains(99L);
        assertThat(c.getClaim().orderNumber()).isEqualTo(OrderNumber.of("A-2"));
        assertThatThrownBy(() -> c.resolve(CaseResolution.LINKED, "x", "agent", T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aResolvedCaseIsOnlyReopenedAndThenWorkedAgain() {
        MissingOrderCase c = fresh();
        c.resolve(CaseResolution.DUPLICATE, "same as case 4", "agent", T0.plusSeconds(10));

        assertThatThrownBy(() -> c.assignTo("agent", T0.plusSeconds(20))).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> c.escalate("x", "agent", T0.plusSeconds(20)))
                .isInstanceOf(IllegalTransitionException.class);
        c.reopen("merchant disagrees", "agent", T0.plusSeconds(30));

        assertThat(c.getState()).isEqualTo(CaseState.REOPENED);
        assertThat(c.getResolutionKind()).isEmpty();
        assertThat(c.isActive()).isTrue();
        assertThat(c.getResolvedAt()).isEmpty();
        c.assignTo("agent", T0.plusSeconds(40));
        assertThat(c.getState()).isEqualTo(CaseState.INVESTIGATING);
    }

    @Test
    void slaIsBreachedOnlyWhileUnresolvedAfterItsDeadline() {
        MissingOrderCase c = fresh();
        assertThat(c.isSlaBreached(T0.plusSeconds(3599))).isFalse();
        assertThat(c.isSlaBreached(T0.plusSeconds(3601))).isTrue();
        c.resolve(CaseResolution.NOT_PAID, "customer paid cash", "agent", T0.plusSeconds(3700));
        assertThat(c.isSlaBreached(T0.plusSeconds(7200))).isFalse();
    }

    @Test
    void internalNotesAreLeftOutForTheMerchant() {
        MissingOrderCase c = fresh();
        c.addNote("agent", "customer sounds unsure", true, T0);
        c.addNote("agent", "we are checking with the acquirer", false, T0.plusSeconds(1));

        assertThat(c.getNotes(false)).extracting(CaseNote::getBody).containsExactly("we are checking with the acquirer");
        assertThat(c.getNotes(true)).hasSize(2);
    }
}
