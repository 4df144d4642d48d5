package org.posdesk.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.posdesk.domain.user.PasswordPolicy.Violation;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void theBundledListIsReadWhole() {
        assertThat(CommonPasswords.bundled().size()).isGreaterThan(1000);
    }

    @Test
    void elevenCharactersAreTooFewTwelveAreEnough() {
        assertThat(policy.check("li.na", "Gx7#kQ2!mZ9".toCharArray())).contains(Violation.TOO_SHORT);
        assertThat(policy.check("li.na", "Gx7#kQ2!mZ9v".toCharArray())).isEmpty();
        // Counted in characters, not UTF-16 units or bytes: twelve Chinese characters are enough.
        assertThat(policy.check("li.na", "我的收银台密码很长很难猜".toCharArray())).isEmpty();
    }

    @Test
    void theUserNameIsRefusedInAnyCase() {
        assertThat(policy.check("merchant-li", "MERCHANT-LI-2026".toCharArray())).contains(Violation.CONTAINS_USERNAME);
        assertThat(policy.check("merchant-li", "merchant-li1".toCharArray())).contains(Violation.CONTAINS_USERNAME);
    }

    @Test
    void commonPasswordsAndTheirDecoratedFormsAreRefused() {
        for (String common : new String[] {"qwertyuiop123", "password1234", "Password1234!", "1234567890123",
                "woaini1314520", "qwertyqwerty", "aaaaaaaaaaaa", "abcabcabcabc", "iloveyou1314", "1qaz2wsx3edc"}) {
            assertThat(policy.check("li.na", common.toCharArray())).as(common).contains(Violation.TOO_COMMON);
        }
    }

    @Test
    void anOverlongPasswordIsRefused() {
        assertThat(policy.check("li.na", "Gx7#kQ2!mZ9v".repeat(30).toCharArray())).contains(Violation.TOO_LONG);
    }
}
