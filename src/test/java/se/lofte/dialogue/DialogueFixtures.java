package se.lofte.dialogue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import se.lofte.organisations.OrganisationId;

/** Meetings to record and photos to add, for the dialogue tests. */
public final class DialogueFixtures {

    private DialogueFixtures() {
    }

    /** A safety walk on the day from 18:00 to 19:30, organised by the party, with 12 residents and 3 young people. */
    public static MeetingInput walk(LocalDate day, OrganisationId organiser, List<CommitmentRef> commitments) {
        return new MeetingInput("Trygghetsvandring i centrum", MeetingForm.TRYGGHETSVANDRING, day, LocalTime.of(18, 0),
                LocalTime.of(19, 30), "Samling vid biblioteket, Storgatan 5", null, List.of(organiser),
                "Hyresgästföreningen", Map.of(ParticipantGroup.BOENDE, 12, ParticipantGroup.UNGA, 3),
                "Mörk gångväg vid skolan\nMopedtrafik på torget", "Vi gick runt centrum; belysningen tas upp.", false,
                commitments, null, List.of());
    }

    public static MeetingInput withTitle(MeetingInput m, String title) {
        return new MeetingInput(title, m.form(), m.day(), m.start(), m.end(), m.place(), m.areaId(), m.organisers(),
                m.organisersText(), m.participants(), m.topics(), m.summary(), m.cancelled(), m.commitments(),
                m.newPhoto(), m.keptPhotos());
    }

    public static MeetingInput cancelled(MeetingInput m) {
        return new MeetingInput(m.title(), m.form(), m.day(), m.start(), m.end(), m.place(), m.areaId(), m.organisers(),
                m.organisersText(), m.participants(), m.topics(), m.summary(), true, m.commitments(), m.newPhoto(),
                m.keptPhotos());
    }

    /** A small PNG, for a photo to upload. */
    public static byte[] png() {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 40, 30);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
