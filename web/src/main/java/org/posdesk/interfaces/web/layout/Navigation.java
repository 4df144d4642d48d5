package org.posdesk.interfaces.web.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import java.util.Set;

/**
 * The main menu. A new page adds one line to {@link #MENU}; the template needs no change. Hiding
 * an entry is only courtesy: the service behind the page decides what the caller may see.
 */
@Named
@RequestScoped
public class Navigation {

    private static final List<NavigationItem> MENU = List.of(
            NavigationItem.forEveryone("nav.dashboard", "/dashboard.xhtml"),
            NavigationItem.forEveryone("nav.transactions", "/transactions.xhtml"),
            NavigationItem.forEveryone("nav.orders", "/orders.xhtml"),
            NavigationItem.forEveryone("nav.terminals", "/terminals.xhtml"),
            NavigationItem.forEveryone("nav.batches", "/batches.xhtml"),
            NavigationItem.forEveryone("nav.cases", "/cases.xhtml"),
            NavigationItem.forEveryone("nav.reconciliation", "/reconciliation.xhtml"),
            NavigationItem.forEveryone("nav.discrepancies", "/discrepancies.xhtml"),
            NavigationItem.forEveryone("nav.alerts", "/alerts.xhtml"),
            new NavigationItem("nav.webhooks", "/webhooks.xhtml", Set.of("MERCHANT", "ADMIN")),
            new NavigationItem("nav.anomalies", "/anomaly-settings.xhtml", Set.of("MERCHANT", "ADMIN")),
            new NavigationItem("nav.statements", "/statements.xhtml", Set.of("AGENT", "ADMIN")),
            new NavigationItem("nav.audit", "/audit.xhtml", Set.of("ADMIN")),
            new NavigationItem("nav.jobs", "/jobs.xhtml", Set.of("ADMIN")),
            new NavigationItem("nav.backups", "/backups.xhtml", Set.of("ADMIN")),
            NavigationItem.forEveryone("nav.twoFactor", "/two-factor.xhtml"),
            new NavigationItem("nav.users", "/users.xhtml", Set.of("ADMIN")),
            NavigationItem.forEveryone("nav.password", "/password.xhtml"));

    @Inject
    private SecurityContext securityContext;

    public List<NavigationItem> getItems() {
        return MENU.stream()
                .filter(item -> item.isVisibleTo(securityContext::isCallerInRole))
                .toList();
    }
}
