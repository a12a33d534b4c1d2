package se.lofte.promises.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import se.lofte.accounts.Membership;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.OrganisationId;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PromiseManagement;
import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.BrowserTest;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two organisations, two editors, in Chromium: the municipality's editor cannot change the police's
 * commitment, a later edit voids a signature, and publishing waits for both parties.
 */
@BrowserTest
class PartyRightsBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    TestStaff staff;
    @Autowired
    PromiseManagement management;

    private OrganisationId police;
    private OrganisationId dalsEd;

    @BeforeEach
    void twoOrganisationsWithAnEditorAndSignatoryEach() {
        police = staff.localPoliceArea("LPO Östra Fyrbodal");
        dalsEd = staff.municipality("dals-ed");
    }

    @Test
    void eachPartyKeepsItsOwnWordsAndSignaturesFollowTheText() {
        long id = draftForDalsEd2028();

        browser.signInAsStaff("kommun.redaktor", dalsEd, Role.EDITOR, Role.SIGNATORY);
        browser.open(browser.url("/manage/promises/" + id + "/edit"));
        assertThat(browser.driver().findElement(By.id("commitments-0-title")).getDomAttribute("readonly")).isNotNull();
        assertThat(browser.driver().findElement(By.id("commitments-1-title")).getDomAttribute("readonly")).isNull();
        assertThat(browser.driver().findElement(By.id("goals-0-text")).getDomAttribute("readonly")).isNull();
        assertThat(browser.driver().findElement(By.id("goals-1-text")).getDomAttribute("readonly")).isNotNull();
        Axe.assertNoViolations(browser.driver());

        // Even with the lock removed in the page, the server refuses to change the police's words.
        browser.driver().executeScript("var e = document.getElementById('commitments-0-text');"
                + " e.removeAttribute('readonly'); e.value = 'Kommunen skriver om polisens åtagande.';");
        browser.clickAndWait(By.cssSelector("button[value=save]"));
        assertThat(browser.driver().findElement(By.id("commitments-0-title-error")).getText())
                .contains("LPO Östra Fyrbodal");
        assertThat(management.find(new PromiseId(id), staffOfBoth()).orElseThrow().content().commitments()
                .getFirst().text()).isEqualTo("Polisen kontrollerar trafiken på Storgatan.");

        browser.open(browser.url("/manage/promises/" + id));
        assertThat(browser.driver().findElements(By.cssSelector("form[action$='/sign'] button"))).hasSize(1);
        browser.clickAndWait(By.cssSelector("form[action$='/sign'] button"));
        browser.clickAndWait(By.cssSelector("form[action$='/publish'] button"));
        assertThat(browser.driver().findElement(By.cssSelector(".alert-error")).getText())
                .contains("alla parter har undertecknat").contains("LPO Östra Fyrbodal");

        browser.open(browser.url("/manage/promises/" + id + "/edit"));
        browser.driver().findElement(By.id("commitments-1-text")).sendKeys(" Även vid skolan.");
        browser.clickAndWait(By.cssSelector("button[value=save]"));
        assertThat(browser.driver().findElement(By.cssSelector(".alert-success")).getText())
                .contains("har underskrifterna tagits bort");
        assertThat(management.find(new PromiseId(id), staffOfBoth()).orElseThrow().signatures()).isEmpty();
        browser.clickAndWait(By.cssSelector("form[action$='/sign'] button"));
        signOut();

        browser.signInAsStaff("polis.redaktor", police, Role.EDITOR, Role.SIGNATORY);
        browser.open(browser.url("/manage/promises/" + id));
        browser.clickAndWait(By.cssSelector("form[action$='/sign'] button"));
        browser.clickAndWait(By.cssSelector("form[action$='/publish'] button"));
        assertThat(browser.driver().findElement(By.cssSelector(".alert-success")).getText()).isNotEmpty();
        browser.open(browser.url("/kommun/dals-ed/medborgarlofte/2028"));
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("Även vid skolan.");
    }

    private long draftForDalsEd2028() {
        var parties = management.parties(List.of(police, dalsEd));
        var content = new PromiseContent(parties, LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31),
                "Medborgarlöfte för 2028", "Tryggare trafik i Ed.", "Buskörning på Storgatan.",
                List.of(new PromiseContent.Commitment("p1", "Trafikkontroller", "Polisen kontrollerar trafiken på Storgatan.",
                                List.of(police), List.of()),
                        new PromiseContent.Commitment("k1", "Farthinder", "Kommunen bygger farthinder.", List.of(dalsEd), List.of())),
                List.of(new PromiseContent.Goal("g1", null, "Färre klagomål på buskörning.", null),
                        new PromiseContent.Goal("g2", police, "Polisen genomför tio kontroller.", null)),
                List.of(), List.of(), null, "Vi berättar på webbplatserna.",
                List.of(new PromiseContent.Signatory("Anna Andersson", "lokalpolisområdeschef", police),
                        new PromiseContent.Signatory("Bo Berg", "kommunstyrelsens ordförande", dalsEd)),
                null);
        return management.create(content, staffOfBoth()).id().value();
    }

    private StaffMember staffOfBoth() {
        return new StaffMember("setup", "Setup", false,
                Set.of(new Membership(police, Role.EDITOR), new Membership(dalsEd, Role.EDITOR)));
    }

    private void signOut() {
        browser.clickAndWait(By.cssSelector("form[action='/logout'] button"));
    }
}
