package se.lofte.accounts;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import se.lofte.Lofte;
import se.lofte.testing.Http;
import se.lofte.testing.TestMail;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app nodes on one PostgreSQL database share their sessions: signed in through one, a person is
 * signed in on the other. They also share the key of the residents' form tokens without configuring one,
 * so a form shown by one node is accepted by the other; and they count the mails sent to an address
 * together. Only on PostgreSQL: an in-memory H2 database cannot be shared by two nodes.
 */
class TwoNodesIntegrationTests {

    private static final int QUOTA = 3;

    private static ConfigurableApplicationContext one;
    private static ConfigurableApplicationContext two;

    @BeforeAll
    static void nodes() {
        Assumptions.assumeTrue("postgresql".equals(System.getProperty("lofte.test.database")),
                "Two nodes need a shared PostgreSQL database (the PostgreSQL pass)");
        one = node();
        two = node();
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {one, two}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    void aSessionStartedOnOneNodeWorksOnTheOther() {
        TestStaff.withPassword(one.getBean(JdbcClient.class), one.getBean(PasswordEncoder.class),
                "two-nodes@bengtsfors.se", "ett lösenord för två noder");

        String session = new Http(port(one)).signIn("two-nodes@bengtsfors.se", "ett lösenord för två noder");
        Http.Answer onTwo = new Http(port(two)).get("/manage/promises", session);

        assertThat(port(two)).isNotEqualTo(port(one));
        assertThat(onTwo.status()).isEqualTo(200);
        assertThat(onTwo.body()).contains("action=\"/logout\"");
    }

    @Test
    void aFormShownByOneNodeIsAcceptedByTheOther() {
        String token = new Http(port(one)).get("/tillganglighet", null).csrf();

        Http.Answer sent = new Http(port(two)).post("/tillganglighet/rapportera", null,
                Map.of("page", "/kommun", "description", "Visad av en nod, skickad till en annan.", "_csrf", token));

        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.location()).endsWith("/tillganglighet/tack");
    }

    @Test
    void theMailQuotaOfAnAddressHoldsAcrossNodes() {
        String address = "two-nodes-" + UUID.randomUUID() + "@example.se";
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {one, two, one, two, one}) {
            var http = new Http(port(node));
            String form = "/kommun/bengtsfors/prenumerera";
            Http.Answer sent = http.post(form, null, Map.of("email", address, "_csrf", http.get(form, null).csrf()));
            assertThat(sent.location()).endsWith("/prenumerera/skickat");
        }

        TestMail.await(address, QUOTA);
        assertThat(TestMail.to(address)).hasSize(QUOTA);
    }

    private static ConfigurableApplicationContext node() {
        // An argument, since default properties rank below application.properties and its PORT setting.
        return new SpringApplicationBuilder(Lofte.class).run("--server.port=0",
                "--lofte.mail.per-address-per-hour=" + QUOTA);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
