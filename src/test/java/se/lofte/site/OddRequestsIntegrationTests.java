package se.lofte.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Odd requests through the real server: refused as the sender's fault, never a 500. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OddRequestsIntegrationTests {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aMultipartRequestWithTooManyPartsIsRefused() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 1200; i++) {
            body.append("--b\r\nContent-Disposition: form-data; name=\"f").append(i).append("\"\r\n\r\nx\r\n");
        }
        body.append("--b--\r\n");
        assertThat(post("multipart/form-data; boundary=b", body.toString())).isIn(400, 413);
    }

    @Test
    void anOversizedUploadIsRefused() throws Exception {
        String big = "--b\r\nContent-Disposition: form-data; name=\"imageFile\"; filename=\"a.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n" + "x".repeat(7 * 1024 * 1024) + "\r\n--b--\r\n";
        assertThat(post("multipart/form-data; boundary=b", big)).isIn(400, 413);
    }

    @Test
    void theErrorPageAskedForDirectlyIsNotFoundNotAServerError() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/error?lang=sv%27%22%28"))
                .header("Accept", "text/html").GET().build();
        var response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Sidan finns inte");
    }

    private int post(String contentType, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/tillganglighet/rapportera"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
