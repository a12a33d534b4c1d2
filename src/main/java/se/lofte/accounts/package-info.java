/**
 * People who work in Löfte, how they sign in, and what they may do.
 */
@ApplicationModule(allowedDependencies = {"organisations", "shared"})
package se.lofte.accounts;

import org.springframework.modulith.ApplicationModule;
