package org.posdesk.it;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives the ITs deploy. Always the EAR the build produced, never a hand-picked subset of
 * classes, so a test sees what production runs.
 */
public final class Deployments {

    static final String EAR_NAME = "posdesk.ear";

    private Deployments() {
    }

    /** The production EAR as built, for tests that act as a client (HTTP, browser, JDBC). */
    public static EnterpriseArchive posdesk() {
        File ear = new File(System.getProperty("posdesk.ear", "../ear/target/posdesk.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("Build the EAR first (./mvnw install): " + ear.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /**
     * The production EAR plus a small test module holding the test class and its helpers, so the
     * test runs inside the server and calls the services as the pages do.
     */
    public static EnterpriseArchive posdeskWithTests(Class<?> testClass, Class<?>... helpers) {
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "posdesk-it.war")
                .addClass(testClass)
                .addClasses(helpers)
                .addClasses(Deployments.class, TestTenant.class)
                .addAsLibrary(jarOf(Assertions.class))
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        EnterpriseArchive ear = posdesk().addAsModule(Testable.archiveToTest(tests));
        ear.setApplicationXML(new StringAsset(applicationXml()));
        return ear;
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String applicationXml() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <application xmlns="https://jakarta.ee/xml/ns/jakartaee" version="10">
                  <display-name>posdesk under test</display-name>
                  <module><web><web-uri>posdesk-web.war</web-uri><context-root>/posdesk</context-root></web></module>
                  <module><connector>posdesk-connector.rar</connector></module>
                  <module><ejb>posdesk-ejb.jar</ejb></module>
                  <module><web><web-uri>posdesk-it.war</web-uri><context-root>/posdesk-it</context-root></web></module>
                  <library-directory>lib</library-directory>
                </application>
                """;
    }
}
