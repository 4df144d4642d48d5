package org.posdesk.interfaces.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.posdesk.application.audit.AuditFilter;
import org.posdesk.application.audit.AuditRow;

class AuditFilterFormTest {

    @Test
    void theDownloadReadsTheFiltersThePageApplied() {
        AuditFilterForm page = AuditFilterForm.lastWeek();
        page.setFrom("2026-11-20 08:00");
        page.setTo("2026-11-21 08:00");
        page.setUsername("merchant1");
        page.setOutcome("FAILURE");

        Map<String, String> sent = page.parameters();
        AuditFilter filter = AuditFilterForm.from(sent::get).toFilter();

        assertThat(filter.from()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z")); // China time, UTC+8
        assertThat(filter.to()).isEqualTo(Instant.parse("2026-11-21T00:00:00Z"));
        assertThat(filter.username()).isEqualTo("merchant1");
        assertThat(filter.outcome()).isEqualTo("FAILURE");
        assertThat(filter.event()).isNull();
        assertThat(sent).doesNotContainKeys("event", "targetType", "targetId");
    }

    @Test
    void aMalformedOrEmptyRangeIsRefused() {
        AuditFilterForm form = AuditFilterForm.lastWeek();
        form.setFrom("yesterday");
        assertThatThrownBy(form::toFilter).isInstanceOf(IllegalArgumentException.class);
        form.setFrom(form.getTo());
        assertThatThrownBy(form::toFilter).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutTimesTheDownloadTakesTheLastWeek() {
        AuditFilter filter = AuditFilterForm.from(name -> null).toFilter();
        assertThat(java.time.Duration.between(filter.from(), filter.to()).toDays()).isEqualTo(7);
    }

    @Test
    void csvCellsAreQuotedAndFormulasDefused() {
        AuditRow row = new AuditRow(1, 42, Instant.parse("2026-11-20T00:00:00.123Z"), "=cmd", "EXPORT_ORDERS",
                "SUCCESS", "10.0.0.9", "export", "orders", "OrderSearch[view=NONE, \"x\"]");
        assertThat(AuditCsvDownload.line(row)).isEqualTo("2026-11-20 08:00:00.123,42,'=cmd,EXPORT_ORDERS,SUCCESS,"
                + "10.0.0.9,export,orders,\"OrderSearch[view=NONE, \"\"x\"\"]\"\r\n");
    }
}
