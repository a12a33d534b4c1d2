package se.lofte.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import se.lofte.organisations.OrganisationId;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseContent.Direction;
import se.lofte.promises.PromiseContent.FocusPlaceRef;
import se.lofte.promises.Theme;

/**
 * What the example promise says. Its title and lead say it is made up, besides the "Exempel" marking of its
 * fictional parties, so that a copy read anywhere (print, open data, a pasted widget) cannot be taken for real.
 * Its commitments carry themes as staff would tag them, so the demo shows the theme on the page and in the
 * overview's choices; a made-up promise is never counted in the overview's figures.
 */
final class ExampleContent {

    static final String PUBLISHER = "Exempelby kommun";

    private ExampleContent() {
    }

    static PromiseContent of(List<PromiseContent.Party> parties, LocalDate start, LocalDate end, FocusPlaceRef centre,
                             FocusPlaceRef station) {
        OrganisationId police = parties.get(0).id();
        OrganisationId municipality = parties.get(1).id();
        List<OrganisationId> both = List.of(police, municipality);
        String years = start.getYear() == end.getYear() ? Integer.toString(start.getYear())
                : start.getYear() + "–" + end.getYear();
        return new PromiseContent(parties, start, end,
                "Exempel: medborgarlöfte för Exempelby " + years,
                "Det här är ett påhittat exempel som visar hur ett medborgarlöfte följs upp i Löfte. Exempelby kommun"
                        + " och LPO Exempelbygden finns inte; händelser, insatser och siffror är gjorda för att visa"
                        + " sidorna med innehåll.",
                "Boende i Exempelby har i medborgardialoger och i trygghetsenkäten berättat om buskörning på Storgatan"
                        + " på helgkvällarna och om skadegörelse och mörka gångvägar runt stationen. Lägesbilden"
                        + " bekräftar bilden: förra året anmäldes 84 skadegörelser i Stationsområdet.",
                List.of(
                        new PromiseContent.Commitment("c1", "Fler trafikkontroller på Storgatan",
                                "Polisen gör trafikkontroller på Storgatan minst en gång i månaden, särskilt på fredags-"
                                        + " och lördagskvällar då klagomålen på buskörning är flest.",
                                List.of(police), List.of(centre), Theme.TRAFFIC),
                        new PromiseContent.Commitment("c2", "Minska skadegörelsen runt stationen",
                                "Kommunen och polisen går trygghetsvandringar med boende och resenärer varannan månad."
                                        + " Kommunen lagar det som förstörs inom ett dygn, och polisen besöker skolorna"
                                        + " för att prata om skadegörelse.",
                                both, List.of(station), Theme.CRIME_PREVENTION),
                        new PromiseContent.Commitment("c3", "Bättre belysning i gångtunneln och vid stationen",
                                "Kommunen sätter upp 20 nya belysningspunkter i gångtunneln under järnvägen och på"
                                        + " gångvägen till stationen.",
                                List.of(municipality), List.of(station), Theme.CRIME_PREVENTION)),
                List.of(
                        new PromiseContent.Goal("g1", police,
                                "Polisen kontrollerar minst 200 fordon på Storgatan under löftets år.",
                                new PromiseContent.NumericTarget("Kontrollerade fordon på Storgatan",
                                        "fordon kontrollerade", BigDecimal.ZERO, BigDecimal.valueOf(200),
                                        Direction.INCREASE, end)),
                        new PromiseContent.Goal("g2", null,
                                "Högst 60 anmälda skadegörelser i Stationsområdet under löftets år, mot 84 året innan.",
                                new PromiseContent.NumericTarget("Anmälda skadegörelser i Stationsområdet",
                                        "skadegörelser", BigDecimal.valueOf(84), BigDecimal.valueOf(60),
                                        Direction.DECREASE, end)),
                        new PromiseContent.Goal("g3", municipality,
                                "Kommunen sätter upp 20 nya belysningspunkter i gångtunneln och vid stationen.",
                                new PromiseContent.NumericTarget("Nya belysningspunkter", "belysningspunkter",
                                        BigDecimal.ZERO, BigDecimal.valueOf(20), Direction.INCREASE, end)),
                        new PromiseContent.Goal("g4", null,
                                "Färre boende runt stationen ska känna sig otrygga ute sent en kväll: högst 35 procent"
                                        + " i kommunens trygghetsundersökning, mot 48,5 procent året innan.",
                                new PromiseContent.NumericTarget("Otrygga sent en kväll i Stationsområdet",
                                        "procent av de svarande", new BigDecimal("48.5"), BigDecimal.valueOf(35),
                                        Direction.DECREASE, end))),
                List.of(), List.of(centre, station),
                new PromiseContent.FollowUpPlan("Varje kvartal", "Kommunen och polisen gemensamt"),
                "Här på sidan ser du vad vi gjort, hur det går med målen och vad som inte blivit av. Vi skriver en"
                        + " uppdatering minst varje kvartal.",
                List.of(new PromiseContent.Signatory("Eva Exempelsson", "lokalpolisområdeschef", police),
                        new PromiseContent.Signatory("Olle Påhittad", "kommunstyrelsens ordförande", municipality)),
                null);
    }
}
