package org.posdesk.interfaces.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.application.Application;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The language the user reads posdesk in. Chinese unless they choose otherwise: the browser's
 * language says little about the cashier sharing a shop computer.
 */
@Named
@SessionScoped
public class LanguageSwitch implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Locale.SIMPLIFIED_CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguageTag() {
        return locale.toLanguageTag();
    }

    public boolean isCurrent(String tag) {
        return locale.equals(Locale.forLanguageTag(tag));
    }

    /**
     * Redirects to the current view, so that the new language also reaches what the template
     * evaluated before this action ran, and a reload does not repeat the post. The view's
     * parameters go along ({@code batch.xhtml?id=7} stays on batch 7).
     */
    public void switchTo(String tag) throws IOException {
        adopt(tag);
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        String viewUrl = context.getApplication().getViewHandler()
                .getBookmarkableURL(context, context.getViewRoot().getViewId(), new HashMap<>(), true);
        external.redirect(external.encodeRedirectURL(viewUrl, Map.of()));
    }

    /**
     * Takes the language named in a link, for instance the one sign-out passes to the login page
     * after the old session is gone. Anything posdesk does not speak is ignored, not an error.
     */
    public void adopt(String tag) {
        if (tag == null || tag.isBlank()) {
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        supportedMatch(context.getApplication(), Locale.forLanguageTag(tag)).ifPresent(match -> {
            locale = match;
            if (context.getViewRoot() != null) {
                context.getViewRoot().setLocale(match);
            }
        });
    }

    private static Optional<Locale> supportedMatch(Application application, Locale wanted) {
        List<Locale> supported = new ArrayList<>();
        supported.add(application.getDefaultLocale());
        application.getSupportedLocales().forEachRemaining(supported::add);
        return supported.stream().filter(wanted::equals).findFirst()
                .or(() -> supported.stream()
                        .filter(candidate -> candidate.getLanguage().equals(wanted.getLanguage()))
                        .findFirst());
    }
}
