package org.posdesk.application.statement.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.internal.AccessPolicy;
import org.posdesk.application.internal.Viewer;
import org.posdesk.application.statement.ImportPage;
import org.posdesk.application.statement.ImportProblemRow;
import org.posdesk.application.statement.ImportView;
import org.posdesk.application.statement.ProfileView;
import org.posdesk.application.statement.StatementImports;
import org.posdesk.application.statement.format.StatementProfile;
import org.posdesk.domain.user.Role;

/**
 * Staff only: a statement holds many merchants' lines (merchant users neither upload nor list
 * them). Runs outside a transaction; the import's own transactions are in {@link ImportRunner}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StatementImportsBean implements StatementImports {

    static final String UPLOAD = "UPLOAD";

    @Inject
    private AccessPolicy access;
    @EJB
    private ImportRecords records;
    @EJB
    private ImportRunner runner;

    @Override
    public List<ProfileView> profiles() {
        staff();
        return ProfileRegistry.current().all().stream().map(StatementImportsBean::view).toList();
    }

    static ProfileView view(StatementProfile p) {
        return new ProfileView(p.name(), p.label(), p.family().name(), p.badLines().name(), p.debitCreditMeaning(),
                "MMddHHmmss".equals(p.format("time", "")));
    }

    @Override
    public ImportView start(String profile, String fileName, Path file, LocalDate clearingDate, String origin) {
        ImportRequest request = request(profile, fileName, file, clearingDate, origin);
        long id = records.begin(request, size(file));
        runner.runAndDelete(id, request);
        return records.find(id).orElseThrow();
    }

    @Override
    public ImportView importFile(String profile, String fileName, Path file, LocalDate clearingDate, String origin) {
        ImportRequest request = request(profile, fileName, file, clearingDate, origin);
        long id = records.begin(request, size(file));
        runner.run(id, request);
        return records.find(id).orElseThrow();
    }

    private ImportRequest request(String profile, String fileName, Path file, LocalDate clearingDate, String origin) {
        Viewer viewer = staff();
        StatementProfile p = ProfileRegistry.find(profile)
                .orElseThrow(() -> new IllegalArgumentException("no statement profile named " + profile));
        String name = fileName == null || fileName.isBlank() ? file.getFileName().toString() : baseName(fileName);
        return new ImportRequest(p, name, file, clearingDate, viewer.username(), origin, UPLOAD);
    }

    /** Browsers may send a path; only the last part names the file. */
    static String baseName(String fileName) {
        String name = fileName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.getFileName(), e);
        }
    }

    @Override
    public ImportPage list(ImportPage.Cursor after, int size) {
        staff();
        return records.list(after, size);
    }

    @Override
    public Optional<ImportView> find(long id) {
        staff();
        return records.find(id);
    }

    @Override
    public List<ImportProblemRow> problems(long importId) {
        staff();
        return records.problems(importId);
    }

    private Viewer staff() {
        Viewer viewer = access.viewer();
        if (viewer.role() == Role.MERCHANT) {
            throw new AccessDeniedException("statements are for agents and administrators");
        }
        return viewer;
    }
}
