/**
 * Tiny value types and pure rules used by several modules. No beans, no tables.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.lofte.shared;
