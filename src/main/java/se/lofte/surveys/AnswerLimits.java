package se.lofte.surveys;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.stereotype.Component;

/**
 * How many answers one client may send to a survey's open link: a token bucket per client and survey, refilled in
 * full each hour, so that a script cannot fill a survey from one address. Answers are anonymous, so not even the
 * memory holds the address: a bucket is found by a keyed hash of survey and client, with a key made at start and
 * never stored, and forgotten two hours after its last use. Each app node counts on its own.
 */
@Component
class AnswerLimits {

    private final int perClientPerHour;
    private final byte[] key = new byte[32];
    // Bounded, so that a flood of addresses cannot fill the heap.
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofHours(2)).build();

    AnswerLimits(SurveySettings settings) {
        this.perClientPerHour = settings.answersPerClientPerHour();
        new SecureRandom().nextBytes(key);
    }

    /** Takes one answer from the client's hour at the survey; false when none is left. No client known: not limited. */
    boolean take(SurveyId survey, String client) {
        if (client == null) {
            return true;
        }
        return buckets.get(pseudonym(survey, client), k -> Bucket.builder().addLimit(Bandwidth.builder()
                .capacity(perClientPerHour).refillIntervally(perClientPerHour, Duration.ofHours(1)).build()).build())
                .tryConsume(1);
    }

    private String pseudonym(SurveyId survey, String client) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((survey.value() + " " + client)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
