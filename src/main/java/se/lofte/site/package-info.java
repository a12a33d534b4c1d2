/**
 * The frame every page sits in: language choice, the per-request {@link se.lofte.shared.Ui} given to
 * templates, and error pages that never show internals.
 */
@ApplicationModule(allowedDependencies = {"shared"})
package se.lofte.site;

import org.springframework.modulith.ApplicationModule;
