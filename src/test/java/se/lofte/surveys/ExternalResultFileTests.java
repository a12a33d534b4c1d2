package se.lofte.surveys;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Reading a file of another survey's results: every column, encoding and problem, and all or nothing. */
class ExternalResultFileTests {

    static final Set<String> KEYS = ExternalResults.questionKeys();
    static final String QUESTION = "Hur trygg eller otrygg känner du dig ute ensam sent en kväll?";

    @Test
    void swedishHeadersSemicolonsABomAndDecimalCommasAreRead() {
        String file = "\uFEFFfråga;frågenyckel;svarsalternativ;område;antal;andel_procent;svarande\r\n"
                + QUESTION + ";late-evening;Mycket trygg;;412;;1030\r\n"
                + QUESTION + ";late-evening;Ganska trygg;;;37,8;1030\r\n"
                + "\r\n"
                + QUESTION + ";late-evening;Ganska trygg;Polisområde Öst;;42,5 %;200\r\n"
                + "Har du avstått från något?;;Ja;;1 118;;2 025\r\n";

        var parsed = ExternalResultFile.parse(file.getBytes(StandardCharsets.UTF_8), KEYS);

        assertThat(parsed.problems()).isEmpty();
        // 37.8 % of 1030 is 389.3 answers, 42.5 % of 200 is 85.
        assertThat(parsed.lines()).extracting(l -> l.line(), l -> l.key(), l -> l.option(), l -> l.area(),
                        l -> l.count(), l -> l.answering())
                .containsExactly(tuple(2, "late-evening", "Mycket trygg", null, 412, 1030),
                        tuple(3, "late-evening", "Ganska trygg", null, 389, 1030),
                        tuple(5, "late-evening", "Ganska trygg", "Polisområde Öst", 85, 200),
                        tuple(6, null, "Ja", null, 1118, 2025));
        assertThat(parsed.lines().getFirst().question()).isEqualTo(QUESTION);
    }

    @Test
    void englishHeadersCommasAndAQuotedDecimalCommaAreRead() {
        String file = "Question,Question key,Option,Area,Share percent,Answering\n"
                + "\"Litter, a problem?\",problem-litter,Big problem,,\"23,4\",1012\n"
                + "\"Litter, a problem?\",problem-litter,Small problem,,76.6,1012\n";

        var parsed = ExternalResultFile.parse(file.getBytes(StandardCharsets.UTF_8), KEYS);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.lines()).extracting(l -> l.question(), l -> l.option(), l -> l.count())
                .containsExactly(tuple("Litter, a problem?", "Big problem", 237),
                        tuple("Litter, a problem?", "Small problem", 775));
    }

    @Test
    void windows1252AsExcelSavesItIsToldFromUtf8() {
        String file = "fråga;svarsalternativ;område;antal;svarande\r\n"
                + "Är det tryggt i området?;Ja, i hög grad;Västra Ödsmål;12;40\r\n";
        byte[] excel = file.getBytes(Charset.forName("windows-1252"));

        var parsed = ExternalResultFile.parse(excel, KEYS);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.lines()).singleElement().satisfies(l -> {
            assertThat(l.question()).isEqualTo("Är det tryggt i området?");
            assertThat(l.area()).isEqualTo("Västra Ödsmål");
        });
        assertThat(ExternalResultFile.parse(file.getBytes(StandardCharsets.UTF_8), KEYS).lines())
                .singleElement().satisfies(l -> assertThat(l.area()).isEqualTo("Västra Ödsmål"));
    }

    @Test
    void everyProblemIsListedWithItsLineAndColumnAndNoRowIsKept() {
        String file = "fråga;frågenyckel;svarsalternativ;område;antal;andel;svarande\n"
                + QUESTION + ";late-evening;Mycket trygg;;412;;1030\n"      // 2: fine
                + ";late-evening;Ganska trygg;;10;;1030\n"                  // 3: no question
                + QUESTION + ";late-evening;;;10;;1030\n"                   // 4: no option
                + QUESTION + ";late-evening;Ganska otrygg;;tio;;1030\n"     // 5: count not a number
                + QUESTION + ";late-evening;Mycket otrygg;;2000;;1030\n"    // 6: count above answering
                + QUESTION + ";late-evening;Aldrig ute;;;;1030\n"           // 7: neither count nor share
                + QUESTION + ";late-evening;Vet ej;;;120;1030\n"            // 8: share above 100
                + QUESTION + ";late-evening;Ingen;;5;;0\n"                  // 9: nobody answering
                + QUESTION + ";late-evening;Halv;;2,5;;1030\n"              // 10: count not whole
                + QUESTION + ";late-evening;Båda;;100;50;1030\n"            // 11: share and count disagree
                + "Annan fråga;late-night;Ja;;5;;50\n"                      // 12: unknown key
                + QUESTION + ";late-evening;Mycket trygg;;400;;1030\n"      // 13: option twice
                + QUESTION + ";late-evening;Sällan ute;;40;;1031\n"         // 14: other number answering
                + QUESTION + ";;Ofta ute;;40;;1030\n"                       // 15: the question's key differs
                + "Tredje fråga;late-evening;Ja;;5;;50\n"                   // 16: the key is another question's
                + "Fjärde fråga;;Nej;Ringvägen 19, 198112189876;5;;50\n"    // 17: a personal identity number
                + "Femte fråga;;Ja;;5;;50;överbliven\n"                     // 18: a value without header
                + "Sjätte fråga;;Ja\u202E;;5;;50\n";                        // 19: a direction override

        var parsed = ExternalResultFile.parse(file.getBytes(StandardCharsets.UTF_8), KEYS);

        assertThat(parsed.lines()).as("all or nothing").isEmpty();
        assertThat(parsed.problems()).extracting(FileProblem::line, FileProblem::column, FileProblem::code)
                .containsExactly(
                        tuple(3, "fråga", "surveys.external.error.required"),
                        tuple(4, "svarsalternativ", "surveys.external.error.required"),
                        tuple(5, "antal", "surveys.external.error.whole"),
                        tuple(6, "antal", "surveys.external.error.countRange"),
                        tuple(7, "antal", "surveys.external.error.countOrShare"),
                        tuple(8, "andel", "surveys.external.error.share"),
                        tuple(9, "svarande", "surveys.external.error.answeringRange"),
                        tuple(10, "antal", "surveys.external.error.whole"),
                        tuple(11, "andel", "surveys.external.error.shareAndCount"),
                        tuple(12, "frågenyckel", "surveys.external.error.unknownKey"),
                        tuple(13, "svarsalternativ", "surveys.external.error.optionTwice"),
                        tuple(14, "svarande", "surveys.external.error.answeringDiffers"),
                        tuple(15, "frågenyckel", "surveys.external.error.keyDiffers"),
                        tuple(16, "frågenyckel", "surveys.external.error.keyTwice"),
                        tuple(17, "område", "surveys.external.error.personalNumber"),
                        tuple(18, null, "surveys.external.error.extraValue"),
                        tuple(19, "svarsalternativ", "surveys.external.error.control"));
        assertThat(parsed.problems().get(2).args()).containsExactly("tio");
        assertThat(parsed.problems().get(5).args()).containsExactly("120");
        assertThat(parsed.problems().get(10).args()).containsExactly("2");
        assertThat(parsed.problems().get(11).args()).containsExactly("2", "1030");
        assertThat(parsed.problems().get(14).args()).containsExactly("198112189876");
        assertThat(parsed.problems().get(16).args()).containsExactly("U+202E");
    }

    @Test
    void theHeaderIsCheckedBeforeAnyRow() {
        var parsed = ExternalResultFile.parse(("question;optoin;count;antal;svarande\n"
                + "Fråga;Ja;5;5;10\n").getBytes(StandardCharsets.UTF_8), KEYS);

        assertThat(parsed.lines()).isEmpty();
        assertThat(parsed.problems()).extracting(FileProblem::line, FileProblem::column, FileProblem::code)
                .containsExactly(tuple(1, "optoin", "surveys.external.error.unknownColumn"),
                        tuple(1, "antal", "surveys.external.error.columnTwice"),
                        tuple(1, null, "surveys.external.error.missingColumn"));
        assertThat(parsed.problems().get(2).args()).containsExactly("svarsalternativ", "option");
        assertThat(ExternalResultFile.parse("fråga;svarsalternativ;svarande\n".getBytes(StandardCharsets.UTF_8),
                KEYS).problems()).extracting(FileProblem::code)
                .containsExactly("surveys.external.error.countOrShareColumn");
    }

    @Test
    void filesThatCannotBeReadAsAWholeSayWhy() {
        assertThat(codes(new byte[0])).containsExactly("surveys.external.error.empty");
        assertThat(codes("fråga;svarsalternativ;antal;svarande\r\n\r\n".getBytes(StandardCharsets.UTF_8)))
                .containsExactly("surveys.external.error.noRows");
        assertThat(codes("fråga;svarsalternativ;antal;svarande\n".getBytes(StandardCharsets.UTF_16)))
                .containsExactly("surveys.external.error.utf16");
        var unclosed = ExternalResultFile.parse(("fråga;svarsalternativ;antal;svarande\n"
                + "Fråga;Ja;5;10\n\"Fråga;Nej;5;10\nFråga;Vet ej;0;10\n").getBytes(StandardCharsets.UTF_8), KEYS);
        assertThat(unclosed.lines()).isEmpty();
        assertThat(unclosed.problems()).extracting(FileProblem::line, FileProblem::code)
                .containsExactly(tuple(3, "surveys.external.error.quoting"));
    }

    @Test
    void aFileOfMoreRowsThanAnySurveyHasIsRefused() {
        var file = new StringBuilder("fråga;svarsalternativ;antal;svarande\n");
        for (int i = 0; i <= ExternalResultFile.ROWS_MAX; i++) {
            file.append("Fråga ").append(i).append(";Ja;5;10\n");
        }
        var parsed = ExternalResultFile.parse(file.toString().getBytes(StandardCharsets.UTF_8), KEYS);
        assertThat(parsed.lines()).isEmpty();
        assertThat(parsed.problems()).extracting(FileProblem::line, FileProblem::code)
                .containsExactly(tuple(ExternalResultFile.ROWS_MAX + 2, "surveys.external.error.tooManyRows"));
    }

    private static List<String> codes(byte[] bytes) {
        return ExternalResultFile.parse(bytes, KEYS).problems().stream().map(FileProblem::code).toList();
    }
}
