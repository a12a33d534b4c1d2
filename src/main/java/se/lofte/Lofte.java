package se.lofte;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Löfte: citizen promises (medborgarlöften) run jointly by a local police area and a municipality,
 * from the situation picture to the public follow-up.
 */
@SpringBootApplication
public class Lofte {

    public static void main(String[] args) {
        SpringApplication.run(Lofte.class, args);
    }
}
