package org.posdesk.interfaces.web.statements;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.posdesk.application.statement.ImportView;
import org.posdesk.application.statement.ProfileView;
import org.posdesk.application.statement.StatementImports;
import org.posdesk.interfaces.web.i18n.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The upload form: a profile (its bad-line policy shown beside it), an optional clearing date, and
 * the file, which is spooled to disk and imported in the background; the list shows its progress.
 */
@Named
@ViewScoped
public class StatementUpload implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient StatementImports imports;
    @Inject
    private Messages messages;
    @Inject
    private StatementList list;

    private List<ProfileView> profiles;
    private String profile;
    private String clearingDate;

    public List<ProfileView> getProfiles() {
        if (profiles == null) {
            profiles = imports.profiles();
            profile = profiles.isEmpty() ? null : profiles.get(0).name();
        }
        return profiles;
    }

    public ProfileView getSelected() {
        return getProfiles().stream().filter(p -> p.name().equals(profile)).findFirst().orElse(null);
    }

    public void upload(FileUploadEvent event) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        LocalDate date;
        try {
            date = clearingDate == null || clearingDate.isBlank() ? null : LocalDate.parse(clearingDate.trim());
        } catch (DateTimeParseException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("statements.badDate"), null));
            return;
        }
        UploadedFile file = event.getFile();
        Path spool = Files.createTempFile("posdesk-statement-", ".upload");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, spool, StandardCopyOption.REPLACE_EXISTING);
        }
        String origin = ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr();
        ImportView started = imports.start(profile, file.getFileName(), spool, date, origin);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                MessageFormat.format(messages.get("statements.started"), started.fileName()), null));
        list.first();
    }

    public String getProfile() {
        return profile;
    }

    public void setProfile(String profile) {
        this.profile = profile;
    }

    public String getClearingDate() {
        return clearingDate;
    }

    public void setClearingDate(String clearingDate) {
        this.clearingDate = clearingDate;
    }

    public long getMaxFileBytes() {
        return 32L * 1024 * 1024;
    }
}
