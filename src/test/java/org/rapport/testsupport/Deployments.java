package org.rapport.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR the integration tests deploy: the very {@code target/rapport.war} that {@code package} built (so the
 * tests exercise what ships), plus whatever test helpers a test class adds.
 */
public final class Deployments {

    private Deployments() {
    }

    /**
     * The deployment's address on loopback. Payara Micro reports the machine's own host address, which may not
     * be reachable (or allowed) from the test; the tests only ever talk to 127.0.0.1.
     */
    public static String onLoopback(java.net.URL deployment) {
        return deployment.getProtocol() + "://127.0.0.1:" + deployment.getPort() + deployment.getPath();
    }

    public static WebArchive rapportWar() {
        File war = new File(System.getProperty("rapport.war", "target/rapport.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the tests with ./mvnw verify");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).as(WebArchive.class)
                .addClasses(FailingServlet.class, StatementCountServlet.class);
    }
}
