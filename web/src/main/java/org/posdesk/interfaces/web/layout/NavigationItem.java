package org.posdesk.interfaces.web.layout;

import java.util.Set;
import java.util.function.Predicate;

/**
 * One entry of the main menu: the bundle key of its label, the view it opens and the roles that
 * see it (none listed: every signed-in user).
 */
public final class NavigationItem {

    private final String labelKey;
    private final String viewId;
    private final Set<String> roles;

    public NavigationItem(String labelKey, String viewId, Set<String> roles) {
        this.labelKey = labelKey;
        this.viewId = viewId;
        this.roles = Set.copyOf(roles);
    }

    public static NavigationItem forEveryone(String labelKey, String viewId) {
        return new NavigationItem(labelKey, viewId, Set.of());
    }

    public String getLabelKey() {
        return labelKey;
    }

    public String getViewId() {
        return viewId;
    }

    boolean isVisibleTo(Predicate<String> hasRole) {
        return roles.isEmpty() || roles.stream().anyMatch(hasRole);
    }
}
