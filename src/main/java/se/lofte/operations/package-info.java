/**
 * Running Löfte: the embedded database's online backup on the management port, the digest of every table by
 * which a restored database is compared with the one it was backed up from, and scheduled work that runs once
 * across nodes (docs/operations.md). Its one table is the scheduler's lock rows; no dependency on the business
 * modules.
 */
@ApplicationModule(allowedDependencies = {"shared"})
package se.lofte.operations;

import org.springframework.modulith.ApplicationModule;
