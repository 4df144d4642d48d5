package org.posdesk.it.batches;

/**
 * The users the batch ITs act as, each with its own tenant (BA, BB) so that counts on the board
 * are this test's alone. Run-as principals are declared by annotation, hence one bean per user.
 */
final class BatchUsers {

    static final String MERCHANT_A = "it-batch-merchant-a";
    static final String MERCHANT_A_STORE_2 = "it-batch-merchant-a-s2";
    static final String MERCHANT_B = "it-batch-merchant-b";
    static final String AGENT = "it-batch-agent";

    static final Class<?>[] BEANS = {BatchUsers.class, AsBatchMerchantA.class, AsBatchMerchantAStore2.class,
            AsBatchMerchantB.class, AsBatchAgent.class, org.posdesk.it.services.Invoker.class};

    private BatchUsers() {
    }
}
