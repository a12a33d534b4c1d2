/**
 * People who work in Löfte, how they sign in, and what they may do.
 */
package se.lofte.accounts;
