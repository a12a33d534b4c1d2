/**
 * The organisations that make promises and take part in them: municipalities, local police areas (with the
 * municipalities they cover) and other actors, from the reference data of SCB and the police.
 */
@ApplicationModule(allowedDependencies = {"shared"})
package se.lofte.organisations;

import org.springframework.modulith.ApplicationModule;
