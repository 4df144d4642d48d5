package org.posdesk.interfaces.web.orders;

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
import java.text.MessageFormat;
import java.util.List;
import org.posdesk.application.order.ImportMessages;
import org.posdesk.application.order.ImportProblem;
import org.posdesk.application.order.ImportReport;
import org.posdesk.application.order.OrderImport;
import org.posdesk.interfaces.web.i18n.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The upload on the orders page. The file reaches the import as a stream (the servlet container
 * spools large uploads to disk), and the report stays on the page until the next upload.
 */
@Named
@ViewScoped
public class OrderImportPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Also the multipart limit in web.xml: about 100,000 rows of ordinary width. */
    public static final long MAX_FILE_BYTES = 32L * 1024 * 1024;

    @EJB
    private OrderImport orderImport;
    @Inject
    private Messages messages;
    @Inject
    private OrderList list;

    private ImportReport report;

    public void upload(FileUploadEvent event) throws IOException {
        UploadedFile file = event.getFile();
        FacesContext faces = FacesContext.getCurrentInstance();
        String origin = ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr();
        try (InputStream in = file.getInputStream()) {
            report = orderImport.importCsv(file.getFileName(), in, origin);
        }
        if (report.committed()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    MessageFormat.format(messages.get("orders.import.done"), report.rows()), null));
            list.search();
        }
    }

    public ImportReport getReport() {
        return report;
    }

    public List<ImportProblem> getProblems() {
        return report == null ? List.of() : report.problems();
    }

    public String where(ImportProblem problem) {
        return problem.row() == 0 ? messages.get("orders.import.wholeFile") : Long.toString(problem.row());
    }

    public String message(ImportProblem problem) {
        return ImportMessages.text(problem, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public long getMaxFileBytes() {
        return MAX_FILE_BYTES;
    }

    public long getMaxRows() {
        return OrderImport.MAX_ROWS;
    }
}
