package se.lofte.analysis;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code analyse effect} run in-process, as {@code java -jar lofte.jar analyse effect ...} runs it. */
class EffectCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Wheeler &amp; Ratcliffe (2018)'s worked example: WDD -118, variance 1568, z -2.98, interval -196 to -40. */
    @Test
    void writesThePapersFiguresAsJson() {
        int status = analyse("effect", "--treated", "207,110", "--control", "308,318", "--displacement", "178,157",
                "--displacement-control", "150,140");

        assertThat(status).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        JsonNode json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("wdd").asDouble()).isEqualTo(-118);
        assertThat(json.get("wdd_se").asDouble()).isEqualTo(Math.sqrt(1568));
        assertThat(json.get("wdd_z").asDouble()).isEqualTo(-118 / Math.sqrt(1568));
        assertThat(Math.round(json.get("wdd_ci95").get(0).asDouble())).isEqualTo(-196);
        assertThat(Math.round(json.get("wdd_ci95").get(1).asDouble())).isEqualTo(-40);
        assertThat(json.get("wdd_local").asDouble()).isEqualTo(-107);
        assertThat(json.get("wdd_displacement").asDouble()).isEqualTo(-11);
        assertThat(json.get("irr").asDouble()).isEqualTo((110.0 / 207) / (318.0 / 308));
        assertThat(json.get("irr_ci95")).hasSize(2);
        assertThat(json.get("wdq").asDouble()).isEqualTo((157.0 / 318 - 178.0 / 308) / (110.0 / 318 - 207.0 / 308));
        assertThat(json.get("e_test_p").asDouble()).isEqualTo(ETest.pValue(207, 110));
        assertThat(json.get("readings").get(0).get("figure").asString()).isEqualTo("WDD");
        assertThat(json.get("readings").get(0).get("finding").asString()).isEqualTo("WDD_FEWER");
    }

    @Test
    void withoutADisplacementAreaTheWdqAndUndefinedFiguresAreNull() {
        int status = analyse("effect", "--treated", "12,0", "--control", " 20, 20 ");

        assertThat(status).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("wdd").asDouble()).isEqualTo(-12);
        assertThat(json.get("wdq").isNull()).isTrue();
        assertThat(json.get("wdd_displacement").isNull()).isTrue();
        assertThat(json.get("irr").isNull()).isTrue();
        assertThat(json.get("irr_ci95").isNull()).isTrue();
        assertThat(json.get("readings").get(1).get("finding").asString()).isEqualTo("IRR_UNDEFINED_ZERO_COUNT");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--treated 20,-3 --control 20,20 | --treated: the count after, '-3', is negative.",
        "--treated 20,2.5 --control 20,20 | --treated: the count after, '2.5', is not a whole number of incidents.",
        "--treated 20,1000001 --control 20,20 | --treated: the count after, 1000001, is more than 1000000 incidents; a place has far fewer.",
        "--treated x,2 --control 20,20 | --treated: the count before, 'x', is not a whole number of incidents.",
        "--treated 20 --control 20,20 | --treated: '20' is not a pair; give the counts before and after as BEFORE,AFTER, such as 20,12.",
        "--treated 20,1,4 --control 20,20 | --treated: '20,1,4' is not a pair; give the counts before and after as BEFORE,AFTER, such as 20,12.",
        "--treated 20,10 | --control: missing; give the control area's counts before and after as BEFORE,AFTER.",
        "--treated 20,10 --control 20,20 --displacement 5,5 | --displacement-control: missing; a displacement area needs its own control area's counts before and after as BEFORE,AFTER.",
        "--treated 20,10 --control 20,20 --displacement-control 5,5 | --displacement: missing; --displacement-control is the control of a displacement area; give that area's counts before and after as BEFORE,AFTER.",
        "--treated 20,10 --control 20,20 --buffer 5,5 | --buffer: unknown option for analyse effect; the options are --control --displacement --displacement-control --treated.",
        "--treated --control 20,20 | --treated: a value is missing.",
        "--treated 1,2 --treated 3,4 --control 20,20 | --treated: given twice."})
    void refusesBadInputWithOneLine(String args, String message) {
        List<String> words = new ArrayList<>(List.of("effect"));
        words.addAll(List.of(args.strip().split(" +")));

        int status = Analyse.run(words, print(out), print(err));

        assertThat(status).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(message + System.lineSeparator());
    }

    private int analyse(String... args) {
        return Analyse.run(List.of(args), print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream to) {
        return new PrintStream(to, true, StandardCharsets.UTF_8);
    }
}
