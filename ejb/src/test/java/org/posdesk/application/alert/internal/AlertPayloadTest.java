package org.posdesk.application.alert.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.posdesk.domain.alert.Alert;
import org.posdesk.domain.alert.AlertKind;

class AlertPayloadTest {

    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");

    @Test
    void carriesTheAlertAndItsSubjectAsFlatJson() throws Exception {
        Alert alert = Alert.raise(AlertKind.TERMINAL_OFFLINE, "10000013@1", "terminal 10000013 offline", 7L, 9L, T0);
        setId(alert, 42L);

        String json = AlertPayload.json("e-1", AlertPayload.RAISED, alert,
                new AlertPayload.Subject("898310058120001", "鲜果超市 FreshFruit Market", "10000013"));

        assertThat(json).isEqualTo("{\"eventId\":\"e-1\",\"event\":\"alert.raised\",\"alertId\":42,"
                + "\"kind\":\"TERMINAL_OFFLINE\",\"cause\":\"10000013@1\",\"state\":\"OPEN\",\"mid\":\"898310058120001\","
                + "\"merchant\":\"鲜果超市 FreshFruit Market\",\"tid\":\"10000013\","
                + "\"message\":\"terminal 10000013 offline\",\"occurrences\":1,"
                + "\"firstRaisedAt\":\"2026-11-23T01:00:00Z\",\"lastRaisedAt\":\"2026-11-23T01:00:00Z\"}");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharactersAndWritesNullsForNoSubject() throws Exception {
        Alert alert = Alert.raise(AlertKind.JOB_FAILING, "backup", "said \"no\"\\ at\n03:00\u0001", null, null, T0);
        setId(alert, 1L);

        String json = AlertPayload.json("e-2", AlertPayload.REOPENED, alert, new AlertPayload.Subject(null, null, null));

        assertThat(json).contains("\"message\":\"said \\\"no\\\"\\\\ at\\n03:00\\u0001\"")
                .contains("\"mid\":null,\"merchant\":null,\"tid\":null");
    }

    private static void setId(Alert alert, long id) throws Exception {
        Field field = Alert.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(alert, id);
    }
}
