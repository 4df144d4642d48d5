package org.posdesk.infrastructure.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseAddressTest {

    @Test
    void readsHostPortAndDatabaseFromJdbcUrls() {
        assertThat(DatabaseAddress.parse("jdbc:mariadb://127.0.0.1:3307/posdesk"))
                .isEqualTo(new DatabaseAddress("127.0.0.1", 3307, "posdesk"));
        assertThat(DatabaseAddress.parse("jdbc:mariadb://db.example:3310/posdesk_it?useSsl=true&x=1"))
                .isEqualTo(new DatabaseAddress("db.example", 3310, "posdesk_it"));
        assertThat(DatabaseAddress.parse("jdbc:mysql://db/pd")).isEqualTo(new DatabaseAddress("db", 3306, "pd"));
        assertThat(DatabaseAddress.parse("jdbc:mariadb://[::1]:3307/pd")).isEqualTo(new DatabaseAddress("::1", 3307, "pd"));
    }

    @Test
    void refusesNamesThatAreNotPlain() {
        assertThatThrownBy(() -> DatabaseAddress.parse("jdbc:mariadb://h:1/pos`desk"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatabaseAddress.parse("jdbc:mariadb://h:1/")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatabaseAddress.parse("jdbc:postgresql://h/x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new DatabaseAddress("h", 1, "posdesk").withDatabase("posdesk_verify").database())
                .isEqualTo("posdesk_verify");
    }

    @Test
    void optionFileValuesAreQuoted() {
        assertThat(MariaDbTools.quote("pa\"ss\\word#1")).isEqualTo("\"pa\\\"ss\\\\word#1\"");
    }
}
