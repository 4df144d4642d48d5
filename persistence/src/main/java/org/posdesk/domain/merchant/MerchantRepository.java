package org.posdesk.domain.merchant;

import java.util.Optional;
import org.posdesk.domain.shared.Mid;

/** Merchants by id and by MID. */
public interface MerchantRepository {

    void add(Merchant merchant);

    Optional<Merchant> findById(long id);

    Optional<Merchant> findByMid(Mid mid);

    long count();
}
