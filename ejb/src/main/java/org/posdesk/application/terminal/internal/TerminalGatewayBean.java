package org.posdesk.application.terminal.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.posdesk.application.terminal.TerminalGateway;
import org.posdesk.connector.TerminalReply;
import org.posdesk.connector.TerminalRequest;
import org.posdesk.connector.codec.IsoMessage;
import org.posdesk.domain.merchant.Merchant;
import org.posdesk.domain.merchant.MerchantRepository;
import org.posdesk.domain.shared.Tid;
import org.posdesk.domain.terminal.ContactKind;
import org.posdesk.domain.terminal.Terminal;
import org.posdesk.domain.terminal.TerminalRepository;
import org.posdesk.infrastructure.crypto.KeyVault;

/** Admits each request (30, 03, A0 in that order) and hands it to the flow of its MTI. */
@Stateless
public class TerminalGatewayBean implements TerminalGateway {

    private static final Logger LOG = Logger.getLogger(TerminalGatewayBean.class.getName());
    private static final Set<String> CONTACT_MTIS = Set.of("0800", "0820");

    @Inject
    private TerminalRepository terminals;
    @Inject
    private MerchantRepository merchants;
    @Inject
    private KeyVault keyVault;
    @Inject
    private ContactFlow contacts;
    @Inject
    private HostCommandFlow commands;
    @Inject
    private AdviceFlow advices;
    @Inject
    private ReversalFlow reversals;
    @Inject
    private SettlementFlow settlements;
    @Inject
    private UploadFlow uploads;
    @Inject
    private DeliveryPrefetch prefetch;

    @Override
    public void prepare(java.util.List<TerminalRequest> requests) {
        prefetch.prefetch(requests);
    }

    @Override
    public TerminalReply handle(TerminalRequest request) {
        if (request.kind() == TerminalRequest.Kind.DISCONNECTED) {
            contacts.disconnected(request).ifPresent(terminal -> uploads.interrupted(terminal, request.receivedAt()));
            return TerminalReply.none();
        }
        IsoMessage message = request.message();
        boolean commandAnswer = "0810".equals(message.mti());
        if (!commandAnswer && Replies.replyMti(message.mti()).isEmpty()) {
            // A reply MTI sent as a request: its MTI + 10 is outside the profile, so there is nothing to answer with.
            LOG.warning(() -> "ignoring " + request + ": not a request of profile 1");
            return TerminalReply.none();
        }
        Admission.Verdict<Terminal> verdict = Admission.check(message, request.macInput(), directory());
        if (!verdict.admitted()) {
            LOG.info(() -> "refused " + request + " with " + verdict.rejection()
                    + FormatCheck.problem(message).map(p -> ": " + p).orElse(""));
            // A terminal's answer to a command is not itself answered.
            return commandAnswer ? TerminalReply.none()
                    : Replies.send(message, Replies.to(message, verdict.rejection()), null);
        }
        Terminal terminal = verdict.terminal();
        if (verdict.pendingKeyUsed()) {
            terminal.activatePendingMacKey(request.receivedAt());
            LOG.info(() -> "terminal " + terminal.getTid() + " now uses its new MAC key");
        }
        if (request.firstOnConnection()) {
            contacts.record(terminal, ContactKind.CONNECT, request);
        }
        if (!CONTACT_MTIS.contains(message.mti())) {
            // Sign-on and heartbeat log their own contact; every other request counts as one too.
            contacts.activity(terminal, request);
        }
        Merchant merchant = merchants.findById(terminal.getMerchantId()).orElseThrow();
        Inbound inbound = new Inbound(request, Wire.field60(message).orElseThrow(), terminal, merchant,
                verdict.macKey());
        TerminalReply reply = switch (message.mti()) {
            case "0800" -> contacts.signOn(inbound);
            case "0820" -> contacts.heartbeat(inbound);
            case "0810" -> commands.answered(inbound);
            case "0220" -> advices.handle(inbound);
            case "0400" -> reversals.handle(inbound);
            case "0500" -> settlements.handle(inbound);
            case "0320" -> uploads.handle(inbound);
            default -> inbound.answer("12");
        };
        return request.commandWaiting() && mayCarryOfferedCommand(message.mti(), reply)
                ? commands.attachPending(inbound, reply) : reply;
    }

    /**
     * A command offered through the connection factory rides on the reply to an accepted advice or
     * reversal, not only on sign-on and heartbeat replies (which look for commands anyway). Never
     * after a settlement or upload reply: the terminal is then in the middle of its batch close.
     */
    private static boolean mayCarryOfferedCommand(String mti, TerminalReply reply) {
        return ("0220".equals(mti) || "0400".equals(mti)) && reply.message() != null && reply.command() == null
                && reply.message().text(39).filter(code -> code.equals("00") || code.equals("94")).isPresent();
    }

    private Admission.Directory<Terminal> directory() {
        return new Admission.Directory<>() {
            @Override
            public Optional<Terminal> find(String tid) {
                try {
                    return terminals.findByTid(Tid.of(tid));
                } catch (IllegalArgumentException notATid) {
                    return Optional.empty();
                }
            }

            @Override
            public boolean isBoundTo(Terminal terminal, String mid) {
                return merchants.findById(terminal.getMerchantId())
                        .map(merchant -> merchant.getMid().value().equals(mid)).orElse(false);
            }

            @Override
            public byte[] mak(Terminal terminal) {
                return keyVault.decrypt(terminal.getMakEncrypted());
            }

            @Override
            public Optional<byte[]> pendingMak(Terminal terminal) {
                return terminal.getMakPendingEncrypted().map(keyVault::decrypt);
            }
        };
    }
}
