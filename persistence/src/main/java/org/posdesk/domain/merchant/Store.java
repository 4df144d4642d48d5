package org.posdesk.domain.merchant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;
import org.posdesk.domain.shared.Checks;
import org.posdesk.domain.shared.VersionedEntity;

/**
 * A store (门店) of one merchant, equal by merchant and store code. The merchant is referenced by
 * id, as every aggregate references another: loading a store never drags its merchant along.
 */
@Entity
@Table(name = "store")
@NamedQuery(name = "Store.findByMerchantAndCode",
        query = "select s from Store s where s.merchantId = :merchantId and s.code = :code")
@NamedQuery(name = "Store.listByMerchant",
        query = "select s from Store s where s.merchantId = :merchantId order by s.code")
@NamedQuery(name = "Store.count", query = "select count(s) from Store s")
@NamedQuery(name = "Store.countByMerchant",
        query = "select count(s) from Store s where s.merchantId = :merchantId")
public class Store extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "store_seq")
    @SequenceGenerator(name = "store_seq", sequenceName = "store_seq", allocationSize = 50)
    private Long id;

    @Column(name = "merchant_id", nullable = false, updatable = false)
    private Long merchantId;

    @Column(name = "code", nullable = false, updatable = false, length = 32)
    private String code;

    @Column(name = "name", nullable = false, length = 128)
    private String name;

    protected Store() {
    }

    public Store(long merchantId, String code, String name) {
        this.merchantId = merchantId;
        this.code = Checks.notBlank(code, 32, "store code");
        rename(name);
    }

    public void rename(String newName) {
        this.name = Checks.notBlank(newName, 128, "store name");
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getMerchantId() {
        return merchantId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Store other && merchantId.equals(other.merchantId) && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(merchantId, code);
    }

    @Override
    public String toString() {
        return "Store " + code + " of merchant " + merchantId;
    }
}
