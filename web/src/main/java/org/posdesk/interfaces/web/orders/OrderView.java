package org.posdesk.interfaces.web.orders;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import org.posdesk.application.order.OrderDetail;
import org.posdesk.application.order.OrderService;

/**
 * One order and its payments ({@code order.xhtml?id=}). A foreign or unknown id is refused by
 * the service with the same "not found" either way, which the error pages show as a 403.
 */
@Named
@ViewScoped
public class OrderView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OrderService orderService;

    private Long id;
    private OrderDetail detail;

    public void load() {
        if (id != null) {
            detail = orderService.order(id);
        }
    }

    public boolean isFound() {
        return detail != null;
    }

    public OrderDetail getDetail() {
        return detail;
    }

    public String time(Instant at) {
        return PortalTime.format(at);
    }

    public String local(LocalDateTime at) {
        return PortalTime.format(at);
    }

    public long getUnpaidAlertMinutes() {
        return OrderService.UNPAID_ALERT_AGE.toMinutes();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
