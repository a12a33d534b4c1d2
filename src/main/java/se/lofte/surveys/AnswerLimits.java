package se.lofte.surveys;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import se.lofte.shared.RateLimit;

/**
 * How many answers one client may send to a survey's open link: an hourly {@link RateLimit} per client and survey, so
 * that a script cannot fill a survey from one address. Answers are anonymous, so not even the
 * memory holds the address: a bucket is found by a keyed hash of survey and client, with a key made at start and
 * never stored, and forgotten two hours after its last use. Each app node counts on its own.
 */
@Component
class AnswerLimits {

    private static final String ALGORITHM = "HmacSHA256";

    private final RateLimit perClient;
    private final SecretKeySpec key;

    AnswerLimits(SurveySettings settings) {
        this.perClient = RateLimit.perHour(settings.answersPerClientPerHour());
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /** Takes one answer from the client's hour at the survey; false when none is left. No client known: not limited. */
    boolean take(SurveyId survey, String client) {
        if (client == null) {
            return true;
        }
        return perClient.take(pseudonym(survey, client));
    }

    private String pseudonym(SurveyId survey, String client) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((survey.value() + " " + client)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
