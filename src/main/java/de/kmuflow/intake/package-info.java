/**
 * Channels by which documents arrive (upload, REST, watched folder, mailbox), all ending in one submit.
 */
package de.kmuflow.intake;
