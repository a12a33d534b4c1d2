package se.lofte.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.stereotype.Component;

import se.lofte.accounts.StaffMember;
import se.lofte.citizenreports.CitizenReportId;
import se.lofte.citizenreports.CitizenReportModeration;
import se.lofte.citizenreports.CitizenReports;
import se.lofte.citizenreports.NewReport;
import se.lofte.citizenreports.ReportCategory;
import se.lofte.citizenreports.ReportStatus;
import se.lofte.citizenreports.Submission;
import se.lofte.dialogue.CommitmentRef;
import se.lofte.dialogue.DialogueManagement;
import se.lofte.dialogue.MeetingForm;
import se.lofte.dialogue.MeetingInput;
import se.lofte.dialogue.ParticipantGroup;
import se.lofte.organisations.OrganisationId;
import se.lofte.promises.PromiseId;
import se.lofte.shared.Saved;
import se.lofte.surveys.AnswerForm;
import se.lofte.surveys.AnsweredSurvey;
import se.lofte.surveys.District;
import se.lofte.surveys.Question;
import se.lofte.surveys.QuestionKind;
import se.lofte.surveys.SurveyAnswers;
import se.lofte.surveys.SurveyId;
import se.lofte.surveys.SurveyManagement;
import se.lofte.surveys.SurveyResults;
import se.lofte.surveys.SurveyTemplate;

/**
 * The example promise's citizen dialogue, as residents and staff would have made it: the safety surveys of last
 * year and this year, answered through the survey's own link and published; a dialogue meeting and a safety walk
 * with their summaries and the commitment they led to, and one meeting coming up; and residents' reports through
 * the public form, moderated, merged and answered. The answers are drawn from a fixed seed, so every demo start
 * shows the same results, with the station felt as less safe than the centre and a little safer this year.
 */
@Component
class ExampleDialogue {

    /** What a demo report is counted under in the per-client limit, as a browser's address would be. */
    private static final String CLIENT = "exempeldata";

    private final SurveyManagement surveys;
    private final SurveyAnswers answers;
    private final SurveyResults results;
    private final DialogueManagement meetings;
    private final CitizenReports reports;
    private final CitizenReportModeration moderation;

    ExampleDialogue(SurveyManagement surveys, SurveyAnswers answers, SurveyResults results,
                    DialogueManagement meetings, CitizenReports reports, CitizenReportModeration moderation) {
        this.surveys = surveys;
        this.answers = answers;
        this.results = results;
        this.meetings = meetings;
        this.reports = reports;
        this.moderation = moderation;
    }

    void load(OrganisationId municipality, OrganisationId police, PromiseId promise, LocalDate start,
              LocalDate today, StaffMember staff) {
        survey(municipality, today.getYear() - 1, 140, 0.0, staff);
        survey(municipality, today.getYear(), 160, 0.08, staff);
        meetings(municipality, police, promise, start, today, staff);
        reports(staff);
    }

    /**
     * A survey from the template, checked, opened, answered {@code count} times, closed and published. Residents
     * of the station area feel less safe late in the evening and see more vandalism; {@code better} moves every
     * answer that share towards the safe end, so that this year's results show a change from last year's.
     */
    private void survey(OrganisationId municipality, int year, int count, double better, StaffMember staff) {
        Saved<SurveyId> saved = surveys.create(municipality, Integer.toString(year),
                "Exempel: trygghetsundersökning i Exempelby " + year,
                "Example: safety survey in Exempelby " + year, true, staff);
        ExamplePromise.saved(saved.problems());
        SurveyId id = saved.id();
        surveys.confirmTemplate(id, staff);
        surveys.open(id, staff);
        String token = surveys.survey(id, staff).openToken();
        AnsweredSurvey survey = answers.survey(token);
        Random random = new Random(year);
        for (int i = 0; i < count; i++) {
            District district = survey.districts().get(random.nextInt(survey.districts().size()));
            boolean station = district.name().equals(ExampleTown.STATION_NAME);
            Map<se.lofte.surveys.QuestionId, List<String>> values = new HashMap<>();
            for (Question question : survey.survey().questions()) {
                String value = answer(question, district, station, better, random);
                if (value != null) {
                    values.put(question.id(), List.of(value));
                }
            }
            ExamplePromise.saved(answers.submit(token, new AnswerForm(null, values)));
        }
        surveys.close(id, staff);
        results.publish(id, true, staff);
    }

    /** One resident's answer to one question, or null for a question left out. */
    private static String answer(Question question, District district, boolean station, double better,
                                 Random random) {
        if (question.kind() == QuestionKind.PLACE) {
            return Long.toString(district.id());
        }
        if (random.nextDouble() < 0.04) {
            return null;
        }
        double worry = (station ? 0.55 : 0.3) - better + (random.nextDouble() - 0.5) * 0.8;
        if (SurveyTemplate.LATE_EVENING.equals(question.templateKey())) {
            // 1 very safe … 4 very unsafe; 5 never goes out alone late.
            return random.nextDouble() < 0.10 ? "5" : Integer.toString(step(worry, 4, true));
        }
        if (question.kind() == QuestionKind.SCALE_4) {
            if (random.nextDouble() < 0.08) {
                return "vet-ej";
            }
            boolean stationProblem = "problem-vandalism".equals(question.templateKey())
                    || "problem-lighting".equals(question.templateKey());
            double felt = worry + (station && stationProblem ? 0.2 : -0.1);
            // 1 a very big problem … 4 no problem at all.
            return Integer.toString(step(felt, 4, false));
        }
        return null;
    }

    /** A step of a scale from a worry between 0 and 1, from the safe end or from the worried end. */
    private static int step(double worry, int steps, boolean safeFirst) {
        int fromSafe = Math.clamp((int) Math.floor(Math.clamp(worry, 0.0, 0.999) * steps), 0, steps - 1) + 1;
        return safeFirst ? fromSafe : steps + 1 - fromSafe;
    }

    private void meetings(OrganisationId municipality, OrganisationId police, PromiseId promise, LocalDate start,
                          LocalDate today, StaffMember staff) {
        List<CommitmentRef> station = List.of(new CommitmentRef(promise, "c2"));
        meeting(municipality, new MeetingInput("Dialogmöte om tryggheten vid stationen", MeetingForm.MOTE,
                start.plusMonths(6).withDayOfMonth(3), LocalTime.of(18, 0), LocalTime.of(20, 0),
                "Kommunhuset, Stora salen", null, List.of(police, municipality), "",
                Map.of(ParticipantGroup.BOENDE, 24, ParticipantGroup.FORETAGARE, 5, ParticipantGroup.FORENINGAR, 3,
                        ParticipantGroup.PERSONAL, 3),
                "Mörkt i gångtunneln\nKlotter och krossade rutor vid stationen\nUngdomar som samlas vid kiosken",
                "Boende och resenärer berättade att de undviker gångtunneln på kvällen och att det som förstörs vid"
                        + " stationen får stå kvar länge. Kommunen lovade att laga skadegörelse inom ett dygn och att"
                        + " bjuda in till trygghetsvandringar; polisen berättade om sina besök på högstadiet.",
                false, station, null, List.of()), staff);
        meeting(municipality, new MeetingInput("Trygghetsvandring runt stationen", MeetingForm.TRYGGHETSVANDRING,
                start.plusMonths(9).withDayOfMonth(20), LocalTime.of(19, 0), LocalTime.of(20, 30),
                "Samling vid stationens entré", null, List.of(police, municipality), "Fastighetsägarna i centrum",
                Map.of(ParticipantGroup.BOENDE, 9, ParticipantGroup.UNGA, 2, ParticipantGroup.PERSONAL, 3),
                "Belysningen på gångvägen\nBuskage som skymmer sikten vid cykelställen",
                "Vi gick gångvägen, tunneln och Järnvägsgatan. Tre nya belysningspunkter fungerar, men delar av"
                        + " gångvägen är fortfarande mörka; buskaget vid cykelställen ska röjas i vår.",
                false, station, null, List.of()), staff);
        LocalDate coming = today.plusWeeks(3);
        meeting(municipality, new MeetingInput("Medborgardialog om nästa års löfte", MeetingForm.MOTE, coming,
                LocalTime.of(18, 0), LocalTime.of(19, 30), "Biblioteket, Storgatan 4", null,
                List.of(police, municipality), "", Map.of(), "", "", false, List.of(), null, List.of()), staff);
    }

    private void meeting(OrganisationId municipality, MeetingInput input, StaffMember staff) {
        ExamplePromise.saved(meetings.record(municipality, input, staff).problems());
    }

    /** Reports in the station area and on Storgatan, through the form's checks and the moderators' steps. */
    private void reports(StaffMember staff) {
        CitizenReportId tunnel = report(ReportCategory.BELYSNING, 60.9965, 19.2160, "Gångtunneln under järnvägen",
                "Två av lamporna i gångtunneln är trasiga sedan flera veckor. Det är kolsvart på kvällen.",
                "Kvällar, alla dagar");
        CitizenReportId sameTunnel = report(ReportCategory.BELYSNING, 60.9966, 19.2158, "Tunneln vid stationen",
                "Lamporna i tunneln lyser inte.", "Kvällar");
        CitizenReportId driving = report(ReportCategory.STORANDE_TRAFIK, 61.0040, 19.2020, "Storgatan vid torget",
                "Bilar som kör runt i hög fart på Storgatan fredag och lördag kväll, ofta efter klockan 22.",
                "Fredag och lördag kväll");
        CitizenReportId litter = report(ReportCategory.NEDSKRAPNING, 60.9975, 19.2190, "Cykelställen vid stationen",
                "Mycket skräp och glas runt cykelställen.", "Helger");
        published(staff, tunnel, "Två lampor i gångtunneln under järnvägen är trasiga; det är mörkt på kvällen.");
        published(staff, driving, null);
        published(staff, litter, null);
        ExamplePromise.saved(moderation.merge(staff, sameTunnel, tunnel));
        ExamplePromise.saved(moderation.answer(staff, tunnel, ReportStatus.ATGARDAD,
                "Lamporna byttes dagen efter rapporten. Tack för att du hörde av dig!", null));
        ExamplePromise.saved(moderation.answer(staff, driving, ReportStatus.UNDER_BEHANDLING,
                "Polisen gör trafikkontroller på Storgatan varje månad, mest på fredags- och lördagskvällar.", null));
    }

    private CitizenReportId report(ReportCategory category, double latitude, double longitude, String place,
                                   String description, String when) {
        Submission submission = reports.submit(new NewReport(ExampleTown.CODE, category, description, latitude,
                longitude, place, when, null, null, null), CLIENT);
        return switch (submission) {
            case Submission.Received received -> received.id();
            case Submission.Refused refused ->
                    throw new IllegalStateException("An example report breaks a rule: " + refused.problems());
        };
    }

    private void published(StaffMember staff, CitizenReportId id, String text) {
        ExamplePromise.saved(moderation.publish(staff, id, text == null ? moderation.report(staff, id).originalText()
                : text));
    }
}
