/**
 * Citizen reports (medborgarrapporter): residents report a problem at a place without signing in, staff of
 * the municipality's parties moderate, merge, answer and close them, published reports are shown by area with
 * their status, and every report that is received and neither hidden nor merged is one incident of the source
 * {@value se.lofte.incidents.Incidents#CITIZEN_REPORT_SOURCE} in the lägesbild.
 */
@ApplicationModule(allowedDependencies = {"accounts", "incidents", "organisations", "places", "shared"})
package se.lofte.citizenreports;

import org.springframework.modulith.ApplicationModule;
