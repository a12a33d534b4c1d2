package se.lofte.publishing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import se.lofte.promises.PromiseContent;

import static org.assertj.core.api.Assertions.assertThat;

class ShareCardTests {

    private static final ShareCard.Bar THREE_OF_FIVE =
            new ShareCard.Bar("Lagförda individer som inte tidigare är kända för narkotikabrott", "3 av minst 5 individer", 0.6);

    @Test
    void isA1200By630Png() throws IOException {
        BufferedImage image = read(card("Medborgarlöfte för 2019", List.of(THREE_OF_FIVE)).png());

        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
    }

    @Test
    void isSetInTheShippedDejaVuSansWhichHasTheSwedishLetters() {
        assertThat(ShareCard.Style.REGULAR.getFamily()).isEqualTo("DejaVu Sans");
        assertThat(ShareCard.Style.BOLD.getFontName()).isEqualTo("DejaVu Sans Bold");
        assertThat(ShareCard.Style.REGULAR.canDisplayUpTo("åäöÅÄÖé–…·")).isEqualTo(-1);
        assertThat(ShareCard.Style.BOLD.canDisplayUpTo("åäöÅÄÖé–…·")).isEqualTo(-1);
    }

    @Test
    void aRingAndADotsAreDrawnAsTheirOwnLetters() throws IOException {
        BufferedImage ring = read(card("Åmål", List.of()).png());
        BufferedImage plain = read(card("Amal", List.of()).png());
        BufferedImage dots = read(card("Ämål", List.of()).png());

        assertThat(differingPixels(ring, plain)).isGreaterThan(20);
        assertThat(differingPixels(ring, dots)).isGreaterThan(20);
    }

    @Test
    void theBarGrowsWithTheValue() throws IOException {
        BufferedImage none = read(card("Löfte", List.of(new ShareCard.Bar("Lagförda", "0 av minst 5 individer", 0.0))).png());
        BufferedImage three = read(card("Löfte", List.of(THREE_OF_FIVE)).png());

        assertThat(differingPixels(none, three)).isGreaterThan(10_000);
    }

    @Test
    void aGoalWithoutAValueHasNoEmptyBarThatWouldReadAsNothingDone() throws IOException {
        // One bar: its row starts 142 px above the bottom, and its track runs from x 64 to 712, 38 px below that.
        int insideTheTrack = ShareImages.HEIGHT - 142 + 38 + 17;
        BufferedImage empty = read(card("Löfte", List.of(new ShareCard.Bar("Lagförda", "Inget", 0.0))).png());
        BufferedImage pending = read(card("Löfte", List.of(ShareCard.Bar.withoutValue("Lagförda",
                "Inget"))).png());

        assertThat(empty.getRGB(700, insideTheTrack) & 0xffffff).isEqualTo(0xf3f2f1);
        assertThat(pending.getRGB(700, insideTheTrack) & 0xffffff).isEqualTo(0xffffff);
        Path file = Path.of("target/screenshots/share-image-not-yet-measured.png");
        Files.createDirectories(file.getParent());
        Files.write(file, card("Medborgarlöfte för 2027", List.of(
                ShareCard.Bar.withoutValue("Fotpatruller i centrum", "Mätningen börjar när den första siffran finns"),
                THREE_OF_FIVE)).png());
    }

    @Test
    void aLongTitleIsCutWithAnEllipsisRatherThanDrawnOverTheBars() throws IOException {
        String title = "Ett mycket långt medborgarlöfte ".repeat(12).strip();
        Path file = Path.of("target/screenshots/share-image-long-title.png");
        Files.createDirectories(file.getParent());
        Files.write(file, card(title, List.of(THREE_OF_FIVE, THREE_OF_FIVE, THREE_OF_FIVE)).png());

        assertThat(read(Files.readAllBytes(file)).getHeight()).isEqualTo(630);
    }

    @Test
    void theShareIsTheWayFromBaselineToTargetInEitherDirection() {
        var upToFive = new PromiseContent.NumericTarget("Lagförda", "individer", BigDecimal.ZERO, BigDecimal.valueOf(5),
                PromiseContent.Direction.INCREASE, LocalDate.of(2019, 12, 31));
        var downToFour = new PromiseContent.NumericTarget("Inbrott", "inbrott", BigDecimal.TEN, BigDecimal.valueOf(4),
                PromiseContent.Direction.DECREASE, LocalDate.of(2019, 12, 31));

        assertThat(ShareImages.share(upToFive, BigDecimal.valueOf(3))).isEqualTo(0.6);
        assertThat(ShareImages.share(downToFour, BigDecimal.valueOf(7))).isEqualTo(0.5);
        assertThat(ShareImages.share(downToFour, BigDecimal.valueOf(12))).isNegative();
    }

    @Test
    void thePublishedFollowUpsSummaryIsDrawn() throws IOException {
        ShareCard without = card("Löfte", List.of(THREE_OF_FIVE));
        ShareCard with = new ShareCard(without.kind(), without.parties(), without.title(), without.lead(),
                without.bars(), null, "Uppföljning: 2 av 3 mål nådda");
        BufferedImage plain = read(without.png());
        BufferedImage followedUp = read(with.png());
        int differing = 0;
        for (int x = 0; x < plain.getWidth(); x++) {
            for (int y = 0; y < plain.getHeight(); y++) {
                if (plain.getRGB(x, y) != followedUp.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertThat(differing).isGreaterThan(1000);
    }

    private static ShareCard card(String title, List<ShareCard.Bar> bars) {
        return new ShareCard("Medborgarlöfte 2019", "Bengtsfors kommun · LPO Östra Fyrbodal", title,
                "Polisen och kommunen lovar.", bars, null, null);
    }

    static BufferedImage read(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    static int differingPixels(BufferedImage a, BufferedImage b) {
        int count = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    count++;
                }
            }
        }
        return count;
    }
}
