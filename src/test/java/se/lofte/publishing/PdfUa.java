package se.lofte.publishing;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The PDF/UA-1 check of veraPDF (the reference validator of the PDF Association), run on a PDF's bytes: the
 * machine-checkable rules of ISO 14289-1 and the Matterhorn Protocol. What it cannot check (whether alternative
 * text is apt, whether the reading order makes sense) the tests look at themselves.
 */
public final class PdfUa {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUa() {
    }

    /** Every failed check of PDF/UA-1, as "clause-test: message (where)"; empty when the PDF passes. */
    public static List<String> failures(byte[] pdf) {
        return failures(pdf, PDFAFlavour.PDFUA_1);
    }

    /** Every failed check of PDF/A-3u, the archive's profile, in the same form. */
    public static List<String> archiveFailures(byte[] pdf) {
        return failures(pdf, PDFAFlavour.PDFA_3_U);
    }

    private static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " (" + a.getLocation().getContext() + ")")
                    .distinct().toList();
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not read the PDF", e);
        }
    }
}
