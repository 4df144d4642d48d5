package org.posdesk.interfaces.web.search;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.search.TransactionDetail;
import org.posdesk.application.search.TransactionSearch;

/**
 * One transaction (transaction.xhtml) and its slip (transaction-slip.xhtml). An id that is not
 * the caller's ends on the 403 page, the same as one that does not exist.
 */
@Named("transactionDetail")
@ViewScoped
public class TransactionDetailPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @EJB
    private TransactionSearch search;

    private String id;
    private TransactionDetail detail;

    public void load() {
        long number;
        try {
            number = Long.parseLong(id == null ? "" : id.trim());
        } catch (NumberFormatException e) {
            throw new AccessDeniedException("not found");
        }
        detail = search.detail(number);
    }

    /** Server times as the merchant reads them. */
    public String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(SHANGHAI));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public TransactionDetail getDetail() {
        return detail;
    }
}
