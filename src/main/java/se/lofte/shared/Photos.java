package se.lofte.shared;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Photos that residents and staff upload, made fit to publish. The upload is decoded and its pixels written
 * again as a new JPEG, so nothing of the file but the picture survives: no EXIF (the GPS position of the
 * phone, the time, the camera's serial number), no embedded thumbnail, no comment. Phones often store the
 * picture sideways with an EXIF orientation tag; that tag is applied to the pixels first, or the cleaned photo
 * would lie on its side.
 *
 * <p>Limits: at most {@link #MAX_BYTES} uploaded, JPEG or PNG, at most {@link #MAX_PIXELS} pixels (read from
 * the header before decoding, so a small file that unpacks into gigabytes is refused without being unpacked),
 * and the result at most {@link #LONGEST_SIDE} pixels on its longest side.
 */
public final class Photos {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final long MAX_PIXELS = 50_000_000L;
    public static final int LONGEST_SIDE = 2000;

    private static final Set<String> FORMATS = Set.of("jpeg", "png");
    private static final float QUALITY = 0.85f;

    private Photos() {
    }

    /** A cleaned photo: JPEG bytes without metadata, and its size in pixels. */
    public record Photo(byte[] jpeg, int width, int height) {
    }

    /** The upload cannot be used; {@link #problem()} names the field and says why (keys {@code photo.*}). */
    public static final class Refused extends Refusal {
        Refused(String field, String code, String... args) {
            super(Problem.of(field, code, args));
        }
    }

    /**
     * The upload cleaned, or {@link Refused} with a problem at {@code field}: {@code photo.tooLarge} (with the
     * limit in MB), {@code photo.notAnImage} or {@code photo.tooManyPixels}.
     */
    public static Photo clean(byte[] upload, String field) {
        if (upload.length > MAX_BYTES) {
            throw new Refused(field, "photo.tooLarge", String.valueOf(MAX_BYTES / (1024 * 1024)));
        }
        BufferedImage decoded = decode(upload, field);
        BufferedImage upright = upright(decoded, JpegOrientation.of(upload));
        BufferedImage fitted = fitted(upright);
        return new Photo(jpeg(fitted), fitted.getWidth(), fitted.getHeight());
    }

    private static BufferedImage decode(byte[] upload, String field) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new Refused(field, "photo.notAnImage");
            }
            ImageReader reader = readers.next();
            try {
                if (!FORMATS.contains(reader.getFormatName().toLowerCase(java.util.Locale.ROOT))) {
                    throw new Refused(field, "photo.notAnImage");
                }
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new Refused(field, "photo.tooManyPixels");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Refused refused) {
                throw refused;
            }
            // A truncated or corrupt file, or one whose colour model ImageIO cannot decode.
            throw new Refused(field, "photo.notAnImage");
        }
    }

    /** Applies an EXIF orientation (1–8, TIFF 6.0 meaning) to the pixels; other values leave them as they are. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform t = new AffineTransform();
        boolean swaps = orientation >= 5 && orientation <= 8;
        switch (orientation) {
            case 2 -> t.setTransform(-1, 0, 0, 1, w, 0);
            case 3 -> t.setTransform(-1, 0, 0, -1, w, h);
            case 4 -> t.setTransform(1, 0, 0, -1, 0, h);
            case 5 -> t.setTransform(0, 1, 1, 0, 0, 0);
            case 6 -> t.setTransform(0, 1, -1, 0, h, 0);
            case 7 -> t.setTransform(0, -1, -1, 0, h, w);
            case 8 -> t.setTransform(0, -1, 1, 0, 0, w);
            default -> {
                return image;
            }
        }
        BufferedImage turned = new BufferedImage(swaps ? h : w, swaps ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = turned.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return turned;
    }

    /** Down to {@link #LONGEST_SIDE} by halving steps and one last bilinear step, which keeps edges smooth. */
    private static BufferedImage fitted(BufferedImage image) {
        BufferedImage current = opaque(image);
        int longest = Math.max(current.getWidth(), current.getHeight());
        while (longest > LONGEST_SIDE) {
            double factor = Math.max(0.5, (double) LONGEST_SIDE / longest);
            int w = Math.max(1, (int) Math.round(current.getWidth() * factor));
            int h = Math.max(1, (int) Math.round(current.getHeight() * factor));
            BufferedImage smaller = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = smaller.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(current, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            current = smaller;
            longest = Math.max(w, h);
        }
        return current;
    }

    /** JPEG has no transparency: transparent parts of a PNG become white, as they look on the page. */
    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * The orientation tag (0x0112) of a JPEG's EXIF block, read from the APP1 segment's TIFF structure
     * (either byte order). 1 (as stored) when there is none or it cannot be read.
     */
    static final class JpegOrientation {

        private JpegOrientation() {
        }

        static int of(byte[] file) {
            if (file.length < 4 || (file[0] & 0xFF) != 0xFF || (file[1] & 0xFF) != 0xD8) {
                return 1;
            }
            int at = 2;
            while (at + 4 <= file.length && (file[at] & 0xFF) == 0xFF) {
                int marker = file[at + 1] & 0xFF;
                int length = ((file[at + 2] & 0xFF) << 8) | (file[at + 3] & 0xFF);
                if (marker == 0xDA || length < 2) {
                    return 1;
                }
                int body = at + 4;
                if (marker == 0xE1 && body + 6 <= file.length && isExifHeader(file, body)) {
                    return fromTiff(file, body + 6, Math.min(file.length, at + 2 + length));
                }
                at += 2 + length;
            }
            return 1;
        }

        private static boolean isExifHeader(byte[] file, int at) {
            return file[at] == 'E' && file[at + 1] == 'x' && file[at + 2] == 'i' && file[at + 3] == 'f'
                    && file[at + 4] == 0 && file[at + 5] == 0;
        }

        private static int fromTiff(byte[] file, int tiff, int end) {
            if (tiff + 8 > end) {
                return 1;
            }
            boolean little = file[tiff] == 'I' && file[tiff + 1] == 'I';
            long ifd = tiff + read(file, tiff + 4, 4, little);
            if (ifd + 2 > end) {
                return 1;
            }
            int entries = (int) read(file, (int) ifd, 2, little);
            for (int i = 0; i < entries; i++) {
                int entry = (int) ifd + 2 + i * 12;
                if (entry + 12 > end) {
                    return 1;
                }
                if (read(file, entry, 2, little) == 0x0112) {
                    int value = (int) read(file, entry + 8, 2, little);
                    return value >= 1 && value <= 8 ? value : 1;
                }
            }
            return 1;
        }

        private static long read(byte[] file, int at, int bytes, boolean little) {
            long value = 0;
            for (int i = 0; i < bytes; i++) {
                int b = file[at + (little ? bytes - 1 - i : i)] & 0xFF;
                value = (value << 8) | b;
            }
            return value;
        }
    }
}
