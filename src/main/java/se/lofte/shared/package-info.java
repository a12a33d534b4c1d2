/**
 * Tiny value types and pure rules used by several modules, and the settings ({@link se.lofte.shared.LofteProperties}).
 * No tables. It depends on no other module.
 */
@ApplicationModule(allowedDependencies = {})
package se.lofte.shared;

import org.springframework.modulith.ApplicationModule;
