/**
 * Demo mode: a clearly fictional promise that lives, for newcomers and reviewers to see every page with data.
 * Exempelby kommun and LPO Exempelbygden are made up (marked fictional, so every public page says "Exempel");
 * their promise runs over the last twelve months, with imported incidents, focus places, measures, counted goals,
 * updates and one thing not done, and with its citizen dialogue: two years of safety surveys, meetings and residents'
 * reports. Everything goes in through the other modules' public faces, as staff would put
 * it in, so the demo shows what the modules do and not a shortcut around them.
 */
@ApplicationModule(allowedDependencies = {"accounts", "citizenreports", "dialogue", "incidents", "measures",
        "organisations", "places", "progress", "promises", "surveys", "shared"})
package se.lofte.demo;

import org.springframework.modulith.ApplicationModule;
