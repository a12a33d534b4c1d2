package se.lofte.publishing.web;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import se.lofte.accounts.StaffMember;
import se.lofte.followup.FollowUpManagement;
import se.lofte.measures.MeasureManagement;
import se.lofte.organisations.Organisation;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PublishedRevision;
import se.lofte.publishing.archive.OdfText;
import se.lofte.shared.Ui;

/**
 * The exports of a published promise for its parties' staff: the archive (a ZIP of everything behind the promise,
 * for the municipal archive and for requests for public records) and the documentation of lag (2023:196) om
 * kommuners ansvar för brottsförebyggande arbete as PDF and as an editable ODF text document. Staff of other
 * organisations are refused, as on the promise's follow-up pages; a promise never published has nothing to export.
 */
@Controller
class PromiseExports {

    static final String PATH = "/manage/promises/{id}/exports";
    private static final Locale SWEDISH = Locale.of("sv");

    private final FollowUpManagement followUps;
    private final MeasureManagement measures;
    private final PromiseArchive archive;
    private final CrimePreventionDocuments documents;
    private final ReportPdf pdf;
    private final PublicPromises promises;
    private final MessageSource messages;

    PromiseExports(FollowUpManagement followUps, MeasureManagement measures, PromiseArchive archive,
                   CrimePreventionDocuments documents, ReportPdf pdf, PublicPromises promises, MessageSource messages) {
        this.followUps = followUps;
        this.measures = measures;
        this.archive = archive;
        this.documents = documents;
        this.pdf = pdf;
        this.promises = promises;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String page(@PathVariable PromiseId id, StaffMember staff, Model model) {
        PublishedRevision latest = followUps.publishedPromise(id, staff);
        Organisation municipality = documents.municipality(latest.content());
        String law = CrimePreventionDocuments.fileName(municipality, latest.content());
        model.addAttribute("page", new ExportsPage(id.value(), latest.content().title(),
                PromiseArchive.fileName(municipality, latest.content(), measures.now()), law + ".pdf", law + ".odt"));
        return "publishing/exports";
    }

    @GetMapping(PATH + "/arkiv.zip")
    void archive(@PathVariable PromiseId id, @ModelAttribute("ui") Ui ui, StaffMember staff,
                 HttpServletResponse response) throws IOException {
        PublishedRevision latest = followUps.publishedPromise(id, staff);
        Organisation municipality = documents.municipality(latest.content());
        OffsetDateTime now = measures.now();
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(PromiseArchive.fileName(municipality, latest.content(), now)).build().toString());
        archive.write(latest, municipality, staff, swedish(ui), now, response.getOutputStream());
    }

    @GetMapping(PATH + "/brottsforebyggande.pdf")
    void lawPdf(@PathVariable PromiseId id, @ModelAttribute("ui") Ui ui, StaffMember staff,
                HttpServletResponse response) throws IOException {
        PublishedRevision latest = followUps.publishedPromise(id, staff);
        Ui sv = swedish(ui);
        OffsetDateTime now = measures.now();
        CrimePreventionDocument document = documents.document(latest, staff, sv, now);
        // Relative links resolve against this page's address; nothing is loaded from there.
        String base = promises.absolute("/manage/promises/" + id.value() + "/exports/");
        byte[] bytes = pdf.render("publishing/crimePrevention.jte", Map.of("ui", sv, "document", document),
                document.bookmarks(), base, now.toInstant());
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        attachment(response, document.fileName() + ".pdf");
        response.getOutputStream().write(bytes);
    }

    @GetMapping(PATH + "/brottsforebyggande.odt")
    void lawOdt(@PathVariable PromiseId id, @ModelAttribute("ui") Ui ui, StaffMember staff,
                HttpServletResponse response) throws IOException {
        PublishedRevision latest = followUps.publishedPromise(id, staff);
        OffsetDateTime now = measures.now();
        CrimePreventionDocument document = documents.document(latest, staff, swedish(ui), now);
        response.setContentType(OdfText.MEDIA_TYPE);
        attachment(response, document.fileName() + ".odt");
        OdfText.write(document.title(), "sv-SE", now, document.blocks(), response.getOutputStream());
    }

    private static void attachment(HttpServletResponse response, String file) {
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build()
                .toString());
    }

    /** The exports are Swedish whatever language the page is read in: the law and the archive are Swedish. */
    private Ui swedish(Ui ui) {
        return new Ui(SWEDISH, messages, ui.path(), ui::csrfParameter, ui::csrfToken, ui.userName(), ui::asset);
    }
}
