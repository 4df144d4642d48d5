package org.posdesk.application.anomaly.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.anomaly.AnomalySettings;
import org.posdesk.application.anomaly.AnomalySettingsView;
import org.posdesk.application.anomaly.Thresholds;
import org.posdesk.application.internal.AccessPolicy;
import org.posdesk.application.internal.AuditTrail;
import org.posdesk.application.internal.Viewer;
import org.posdesk.domain.anomaly.AnomalyRepository;
import org.posdesk.domain.anomaly.AnomalyRules;
import org.posdesk.domain.merchant.Merchant;
import org.posdesk.domain.merchant.MerchantRepository;
import org.posdesk.domain.user.AppUser;
import org.posdesk.domain.user.UserRepository;

/**
 * Role has no merchant administrator; a merchant user flagged {@code merchant_admin} and not
 * confined to some stores is one (see {@link AppUser#administers}), and so is a staff ADMIN.
 */
@Stateless
public class AnomalySettingsBean implements AnomalySettings {

    static final String EVENT = "ANOMALY_RULES_CHANGED";

    @Inject
    private AccessPolicy access;
    @Inject
    private UserRepository users;
    @Inject
    private MerchantRepository merchants;
    @Inject
    private AnomalyRepository anomalies;
    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    @Override
    public AnomalySettingsView settings(Long merchantId) {
        Viewer viewer = access.viewer();
        Merchant merchant = visibleMerchant(viewer, merchantId);
        AnomalyRules rules = anomalies.findRules(merchant.getId()).orElseGet(() -> AnomalyRules.defaults(merchant.getId()));
        return view(merchant, rules, administers(viewer, merchant.getId()));
    }

    @Override
    public AnomalySettingsView change(long merchantId, Thresholds t, String origin) {
        Viewer viewer = access.viewer();
        Merchant merchant = visibleMerchant(viewer, merchantId);
        if (!administers(viewer, merchant.getId())) {
            throw new AccessDeniedException("not the merchant's administrator");
        }
        Instant now = clock.instant();
        AnomalyRules rules = anomalies.findRules(merchant.getId()).orElse(null);
        String before = rules == null ? "defaults" : rules.describe();
        if (rules == null) {
            rules = AnomalyRules.defaults(merchant.getId());
            rules.change(t.amountAboveMinor(), t.nightEnabled(), t.nightStart(), t.nightEnd(), t.repeatWindowMinutes(),
                    viewer.username(), now);
            anomalies.addRules(rules);
        } else {
            rules.change(t.amountAboveMinor(), t.nightEnabled(), t.nightStart(), t.nightEnd(), t.repeatWindowMinutes(),
                    viewer.username(), now);
        }
        audit.record(viewer.username(), EVENT, AuditTrail.SUCCESS, origin, "merchant",
                String.valueOf(merchant.getId()), before + " -> " + rules.describe());
        return view(merchant, rules, true);
    }

    private Merchant visibleMerchant(Viewer viewer, Long requested) {
        Long id = viewer.merchantScope().orElse(requested);
        if (id == null) {
            throw new AccessDeniedException("not found");
        }
        return merchants.findById(id).orElseThrow(() -> new AccessDeniedException("not found"));
    }

    private boolean administers(Viewer viewer, long merchantId) {
        return users.findByUsername(viewer.username()).filter(AppUser::isEnabled)
                .map(user -> user.administers(merchantId)).orElse(false);
    }

    private static AnomalySettingsView view(Merchant merchant, AnomalyRules rules, boolean editable) {
        boolean stored = rules.getId() != null;
        return new AnomalySettingsView(merchant.getId(), merchant.getName(),
                new Thresholds(rules.getAmountAboveMinor().orElse(null), rules.isNightEnabled(), rules.getNightStart(),
                        rules.getNightEnd(), rules.getRepeatWindowMinutes().orElse(null)),
                editable, stored ? rules.getUpdatedBy() : null, stored ? rules.getUpdatedAt() : null);
    }
}
