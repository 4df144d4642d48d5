package org.posdesk.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.posdesk.connector.demo.DemoKeys;
import org.posdesk.domain.merchant.Merchant;
import org.posdesk.domain.merchant.MerchantRepository;
import org.posdesk.domain.merchant.Store;
import org.posdesk.domain.merchant.StoreRepository;
import org.posdesk.domain.shared.Mid;
import org.posdesk.domain.shared.Tid;
import org.posdesk.domain.terminal.Terminal;
import org.posdesk.domain.terminal.TerminalRepository;
import org.posdesk.domain.user.AppUser;
import org.posdesk.domain.user.PasswordHasher;
import org.posdesk.domain.user.Role;
import org.posdesk.domain.user.UserRepository;
import org.posdesk.infrastructure.crypto.KeyVault;

/**
 * The demo tenant: three merchants with stores, terminals and users, so a newcomer has something
 * to look at. Loaded only when {@code POSDESK_DEMO=true} (the run command sets it), never by a
 * migration, and only once: a second start finds the first merchant and leaves everything as is,
 * except the keys of terminals that a demo database made before {@link DemoKeys} still has.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoTenant {

    private static final Logger LOG = Logger.getLogger(DemoTenant.class.getName());
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** The demo's merchants: MID, name, store names, terminals per store. */
    private static final List<DemoMerchant> MERCHANTS = List.of(
            new DemoMerchant("898310058120001", "鲜果超市 FreshFruit Market", List.of("徐汇店 Xuhui", "静安店 Jing'an"), 7),
            new DemoMerchant("898310058120002", "茶香餐厅 Teahouse Kitchen", List.of("南京路店 Nanjing Rd", "浦东店 Pudong"), 7),
            new DemoMerchant("898310058120003", "城市书店 City Books", List.of("人民广场店 People's Square", "五角场店 Wujiaochang"), 6));

    @Inject
    private MerchantRepository merchants;
    @Inject
    private StoreRepository stores;
    @Inject
    private TerminalRepository terminals;
    @Inject
    private UserRepository users;
    @Inject
    private KeyVault keyVault;

    private final Clock clock = Clock.systemUTC();

    @PostConstruct
    void load() {
        if (!"true".equalsIgnoreCase(System.getenv("POSDESK_DEMO"))) {
            return;
        }
        if (merchants.findByMid(new Mid(MERCHANTS.get(0).mid())).isPresent()) {
            int rekeyed = rederiveKeys();
            keepDemoPasswords();
            LOG.info(() -> "Demo tenant already present" + (rekeyed == 0 ? ""
                    : "; keys of " + rekeyed + " of " + terminalCount()
                            + " demo terminals re-derived from DemoKeys, so the simulator can sign for them"));
            return;
        }
        Instant now = clock.instant();
        int terminalNumber = 1;
        Long firstMerchantId = null;
        for (DemoMerchant demo : MERCHANTS) {
            Merchant merchant = new Merchant(new Mid(demo.mid()), demo.name(), SHANGHAI, now);
            merchants.add(merchant);
            if (firstMerchantId == null) {
                firstMerchantId = merchant.getId();
            }
            int storeNumber = 1;
            for (String storeName : demo.stores()) {
                Store store = new Store(merchant.getId(), "S%02d".formatted(storeNumber++), storeName);
                stores.add(store);
                for (int i = 0; i < demo.terminalsPerStore(); i++) {
                    terminals.add(terminal(terminalNumber++, merchant, store, now));
                }
            }
        }
        PasswordHasher hasher = new PasswordHasher();
        // The README publishes these passwords; a newcomer is not sent to change them first.
        for (AppUser user : List.of(
                AppUser.merchantUser("merchant1", "张敏 Zhang Min", hasher.hash("demo-merchant1".toCharArray()),
                        firstMerchantId, now),
                AppUser.staff("agent1", "李娜 Li Na", hasher.hash("demo-agent1".toCharArray()), Role.AGENT, now),
                AppUser.staff("admin1", "王强 Wang Qiang", hasher.hash("demo-admin1".toCharArray()), Role.ADMIN, now))) {
            user.keepInitialPassword();
            users.add(user);
        }
        LOG.info(() -> "Demo tenant loaded: " + MERCHANTS.size() + " merchants, "
                + (MERCHANTS.stream().mapToInt(m -> m.stores().size()).sum()) + " stores, "
                + terminalCount() + " terminals");
    }

    // A demo database made before sign-in enforced must_change_password holds its users flagged
    // (every new user is): they keep the README's passwords until someone changes or resets them.
    private void keepDemoPasswords() {
        for (String name : List.of("merchant1", "agent1", "admin1")) {
            users.findByUsername(name)
                    .filter(u -> u.isMustChangePassword() && u.getPasswordChangedAt().isEmpty())
                    .ifPresent(AppUser::keepInitialPassword);
        }
    }

    /**
     * A demo database made before the keys were derived from the TID holds random keys, and the
     * simulator's every message would then be refused {@code A0}. A terminal whose TMK is not the
     * derived one is such a terminal: its TMK and MAK are replaced by the derived ones. One whose TMK
     * is derived keeps its MAK, which may have been rotated on purpose (the simulator keeps the
     * rotated key). Only terminals of the demo merchants are touched.
     *
     * @return how many terminals got new keys
     */
    private int rederiveKeys() {
        Set<Long> demoMerchants = new HashSet<>();
        MERCHANTS.forEach(m -> merchants.findByMid(new Mid(m.mid())).ifPresent(found -> demoMerchants.add(found.getId())));
        int rekeyed = 0;
        for (int number = 1; number <= terminalCount(); number++) {
            Optional<Terminal> found = terminals.findByTid(tid(number))
                    .filter(t -> demoMerchants.contains(t.getMerchantId()));
            if (found.isEmpty()) {
                continue;
            }
            Terminal terminal = found.get();
            String tid = terminal.getTid().value();
            if (!hasDerivedMasterKey(terminal)) {
                terminal.replaceMasterKey(keyVault.encrypt(DemoKeys.tmk(tid)));
                terminal.replaceMacKey(keyVault.encrypt(DemoKeys.mak(tid)));
                rekeyed++;
            }
        }
        return rekeyed;
    }

    private boolean hasDerivedMasterKey(Terminal terminal) {
        try {
            return Arrays.equals(keyVault.decrypt(terminal.getTmkEncrypted()), DemoKeys.tmk(terminal.getTid().value()));
        } catch (IllegalStateException underAnotherMasterKey) {
            // Stored under a key-encryption key this installation no longer has: unusable as it is.
            return false;
        }
    }

    private static int terminalCount() {
        return MERCHANTS.stream().mapToInt(m -> m.stores().size() * m.terminalsPerStore()).sum();
    }

    private static Tid tid(int number) {
        return new Tid("%08d".formatted(10_000_000 + number));
    }

    private Terminal terminal(int number, Merchant merchant, Store store, Instant now) {
        Tid tid = tid(number);
        return new Terminal(tid, merchant.getId(), store.getId(), "SN-DEMO-%05d".formatted(number),
                number % 3 == 0 ? "PAX A920" : "Newland N910",
                // Keys derived from the TID, so the terminal simulator can sign for these terminals.
                keyVault.encrypt(DemoKeys.tmk(tid.value())), keyVault.encrypt(DemoKeys.mak(tid.value())), now);
    }

    private record DemoMerchant(String mid, String name, List<String> stores, int terminalsPerStore) {
    }
}
