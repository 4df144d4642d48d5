package org.posdesk.it.services;

/**
 * The users the service ITs act as. Each has a bean ({@link AsMerchantA}, {@link AsMerchantB},
 * {@link AsAgent}) that runs a piece of a test under that identity, the way a signed-in page
 * calls the services: the services read the caller from the EJB context and look the user up
 * themselves. Run-as principals are declared by annotation, hence one bean per user.
 */
final class Callers {

    static final String MERCHANT_A = "it-svc-merchant-a";
    static final String MERCHANT_B = "it-svc-merchant-b";
    static final String AGENT = "it-svc-agent";
    static final String MERCHANT_A_STORE_2 = "it-svc-merchant-a-s2";

    static final Class<?>[] BEANS = {Callers.class, AsMerchantA.class, AsMerchantAStore2.class, AsMerchantB.class, AsAgent.class, Invoker.class};

    private Callers() {
    }
}
