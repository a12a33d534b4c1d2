/**
 * Running Löfte: the embedded database's online backup on the management port, and the digest of every
 * table by which a restored database is compared with the one it was backed up from (docs/operations.md).
 * No tables of its own and no dependency on the business modules.
 */
package se.lofte.operations;
