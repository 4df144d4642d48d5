package org.posdesk.domain.merchant;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores by id and by their code within a merchant. */
public interface StoreRepository {

    void add(Store store);

    Optional<Store> findById(long id);

    Optional<Store> findByMerchantAndCode(long merchantId, String code);

    List<Store> listByMerchant(long merchantId);

    /** Stores by id, in one query; ids that name no store are left out. */
    List<Store> findByIds(Collection<Long> ids);

    /** @param merchantIdOrNullForAll null counts the stores of every merchant */
    long countByMerchant(Long merchantIdOrNullForAll);
}
