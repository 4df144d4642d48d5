package org.posdesk.interfaces.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

/**
 * Bundle text for beans that must put words on the page themselves (Faces messages), in the
 * locale of the view being rendered, from the same bundle the pages read as {@code msg}.
 */
@RequestScoped
public class Messages {

    private static final String BUNDLE_VAR = "msg";

    @Inject
    private FacesContext facesContext;

    public String get(String key) {
        return facesContext.getApplication().getResourceBundle(facesContext, BUNDLE_VAR).getString(key);
    }
}
