package org.posdesk.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.domain.journal.CardTransaction;
import org.posdesk.domain.journal.Origin;
import org.posdesk.domain.journal.TransactionRepository;
import org.posdesk.domain.journal.TransactionType;
import org.posdesk.domain.shared.AuthCode;
import org.posdesk.domain.shared.BatchNumber;
import org.posdesk.domain.shared.MaskedPan;
import org.posdesk.domain.shared.Money;
import org.posdesk.domain.shared.Rrn;
import org.posdesk.domain.shared.Stan;
import org.posdesk.domain.shared.Tid;
import org.posdesk.domain.terminal.Terminal;
import org.posdesk.domain.terminal.TerminalRepository;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;

/** The repositories on Hibernate and MariaDB: mappings load, natural keys hold, stale writes fail. */
@ExtendWith(ArquillianExtension.class)
class RepositoriesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.posdeskWithTests(RepositoriesIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/PosdeskDS")
    private DataSource dataSource;
    @Resource
    private UserTransaction tx;
    @PersistenceContext(unitName = "posdesk")
    private EntityManager em;
    @Inject
    private TransactionRepository transactions;
    @Inject
    private TerminalRepository terminals;

    private TestTenant tenant;

    @BeforeEach
    void tenant() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            tenant = TestTenant.ensure(c, "RP", "Repository merchant", 1, 2, 0, "it-repo-user", "it-password-repo");
        }
    }

    @Test
    void aTransactionIsFoundByItsNaturalKeyAndCannotBeStoredTwice() throws Exception {
        Terminal terminal = terminal(tenant.tids.get(0));
        Stan stan = new Stan("%06d".formatted(System.nanoTime() % 1_000_000));

        tx.begin();
        transactions.add(sale(terminal, stan));
        tx.commit();

        assertThat(transactions.findByNaturalKey(terminal.getTid(), BatchNumber.of(7), stan))
                .hasValueSatisfying(t -> assertThat(t.getAmount().minorUnits()).isEqualTo(1234));

        tx.begin();
        transactions.add(sale(terminal, stan));
        assertThatThrownBy(tx::commit)
                .isInstanceOfAny(RollbackException.class, PersistenceException.class);
    }

    @Test
    void aStaleUpdateOfATerminalIsRefused() throws Exception {
        String tid = tenant.tids.get(1);
        Terminal stale = terminal(tid);

        tx.begin();
        terminals.findByTid(new Tid(tid)).orElseThrow().changeHeartbeatInterval(30 + (int) (System.nanoTime() % 60));
        tx.commit();

        tx.begin();
        stale.changeHeartbeatInterval(120);
        try {
            assertThatThrownBy(() -> {
                em.merge(stale);
                em.flush();
            }).isInstanceOf(OptimisticLockException.class);
        } finally {
            tx.rollback();
        }
    }

    private Terminal terminal(String tid) throws Exception {
        tx.begin();
        try {
            return terminals.findByTid(new Tid(tid)).orElseThrow();
        } finally {
            tx.commit();
        }
    }

    private static CardTransaction sale(Terminal terminal, Stan stan) {
        return CardTransaction.builder()
                .terminal(terminal.getMerchantId(), terminal.getStoreId(), terminal.getId(), terminal.getTid())
                .key(BatchNumber.of(7), stan)
                .acquirerReferences(new Rrn("000000000042"), new AuthCode("A1B2C3"))
                .type(TransactionType.SALE, "000000")
                .amount(new Money(1234, "CNY"))
                .card(MaskedPan.fromFullPan("6222021234567890123"), "CUP", "071")
                .times(LocalDateTime.now(), Instant.now())
                .responseCode("00")
                .origin(Origin.ONLINE)
                .build();
    }
}
