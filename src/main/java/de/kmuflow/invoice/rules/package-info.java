/**
 * Checks of an extracted invoice against German invoice law and plain arithmetic, one named rule
 * each, run together by {@link de.kmuflow.invoice.rules.InvoiceValidator}. Plain Java, no Spring.
 */
package de.kmuflow.invoice.rules;
