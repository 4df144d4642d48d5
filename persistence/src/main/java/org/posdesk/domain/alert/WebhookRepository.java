package org.posdesk.domain.alert;

import java.util.List;
import java.util.Optional;

/** Webhooks, by merchant; a null merchant means the operator's. */
public interface WebhookRepository {

    void add(Webhook webhook);

    Optional<Webhook> find(long id);

    List<Webhook> of(Long merchantId);
}
