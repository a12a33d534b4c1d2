package bench.plain;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** One page, nothing else: what a Spring Boot web application costs to start on this machine. */
@SpringBootApplication
@RestController
public class PlainApp {

    public static void main(String[] args) {
        SpringApplication.run(PlainApp.class, args);
    }

    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    String page() {
        return "<!doctype html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Plain</title></head>"
                + "<body><h1>Hej</h1><p>One page.</p></body></html>";
    }
}
