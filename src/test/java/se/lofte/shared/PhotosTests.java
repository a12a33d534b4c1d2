package se.lofte.shared;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhotosTests {

    @Test
    void removesExifWithItsPositionAndKeepsThePicture() throws IOException {
        byte[] withGps = withExif(jpeg(40, 30, Color.RED), exif(1, "GPS 58.8688N 12.2262E Pixel 7"));
        assertThat(contains(withGps, "58.8688N")).isTrue();

        Photos.Photo cleaned = Photos.clean(withGps, "photo");

        assertThat(contains(cleaned.jpeg(), "58.8688N")).isFalse();
        assertThat(contains(cleaned.jpeg(), "Exif")).isFalse();
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(cleaned.jpeg()));
        assertThat(back.getWidth()).isEqualTo(40);
        assertThat(back.getHeight()).isEqualTo(30);
        assertThat(new Color(back.getRGB(20, 15)).getRed()).isGreaterThan(200);
    }

    @Test
    void turnsAPhotoStoredSidewaysUprightBeforeTheTagIsDropped() throws IOException {
        // Orientation 6: the camera stored it turned; shown upright it is 30 wide and 40 high.
        byte[] sideways = withExif(jpeg(40, 30, Color.BLUE), exif(6, "x"));
        Photos.Photo cleaned = Photos.clean(sideways, "photo");
        assertThat(cleaned.width()).isEqualTo(30);
        assertThat(cleaned.height()).isEqualTo(40);
    }

    @Test
    void readsTheOrientationInBothByteOrders() {
        assertThat(Photos.JpegOrientation.of(withExif(new byte[] {(byte) 0xFF, (byte) 0xD8}, exif(8, "")))).isEqualTo(8);
        assertThat(Photos.JpegOrientation.of(withExif(new byte[] {(byte) 0xFF, (byte) 0xD8}, exifLittleEndian(3))))
                .isEqualTo(3);
        assertThat(Photos.JpegOrientation.of("not a jpeg".getBytes(StandardCharsets.US_ASCII))).isEqualTo(1);
    }

    @Test
    void shrinksALargePictureToTheLongestSide() throws IOException {
        Photos.Photo cleaned = Photos.clean(png(4100, 1025), "photo");
        assertThat(cleaned.width()).isEqualTo(Photos.LONGEST_SIDE);
        assertThat(cleaned.height()).isEqualTo(500);
    }

    @Test
    void refusesWhatIsNotAPictureAtTheField() {
        assertThatThrownBy(() -> Photos.clean("<svg></svg>".getBytes(StandardCharsets.UTF_8), "reports[0].photo"))
                .isInstanceOfSatisfying(Photos.Refused.class, refused -> {
                    assertThat(refused.problem().field()).isEqualTo("reports[0].photo");
                    assertThat(refused.problem().code()).isEqualTo("photo.notAnImage");
                });
    }

    @Test
    void refusesAFileOverTheLimitBeforeReadingIt() {
        assertThatThrownBy(() -> Photos.clean(new byte[Photos.MAX_BYTES + 1], "photo"))
                .isInstanceOfSatisfying(Photos.Refused.class,
                        refused -> assertThat(refused.problem().args()).containsExactly("10"));
    }

    @Test
    void refusesAPictureThatWouldUnpackIntoTooManyPixelsWithoutUnpackingIt() throws IOException {
        // A PNG header that claims 10,000 × 10,000 pixels: 100 megapixels, over the limit.
        byte[] bomb = png(10, 10);
        ByteBuffer.wrap(bomb).putInt(16, 10_000).putInt(20, 10_000);
        assertThatThrownBy(() -> Photos.clean(bomb, "photo")).isInstanceOfSatisfying(Photos.Refused.class,
                refused -> assertThat(refused.problem().code()).isEqualTo("photo.tooManyPixels"));
    }

    private static byte[] jpeg(int width, int height, Color colour) throws IOException {
        return encode(width, height, colour, "jpeg", BufferedImage.TYPE_INT_RGB);
    }

    private static byte[] png(int width, int height) throws IOException {
        return encode(width, height, Color.GREEN, "png", BufferedImage.TYPE_INT_ARGB);
    }

    private static byte[] encode(int width, int height, Color colour, String format, int type) throws IOException {
        BufferedImage image = new BufferedImage(width, height, type);
        var g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** The JPEG with an APP1 segment put right after its start-of-image marker, as cameras do. */
    private static byte[] withExif(byte[] jpeg, byte[] app1Body) {
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + app1Body.length);
        out.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE1).putShort((short) (app1Body.length + 2)).put(app1Body);
        out.put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    /** "Exif\0\0", a big-endian TIFF header, one IFD with the orientation tag, then some text (like a GPS block). */
    private static byte[] exif(int orientation, String text) {
        byte[] words = text.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate(6 + 8 + 2 + 12 + 4 + words.length);
        b.put("Exif".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0);
        b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        b.putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1)
                .putShort((short) orientation).putShort((short) 0);
        b.putInt(0).put(words);
        return b.array();
    }

    private static byte[] exifLittleEndian(int orientation) {
        ByteBuffer b = ByteBuffer.allocate(6 + 8 + 2 + 12 + 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put("Exif".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        b.putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1)
                .putShort((short) orientation).putShort((short) 0);
        b.putInt(0);
        return b.array();
    }

    private static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }
}
