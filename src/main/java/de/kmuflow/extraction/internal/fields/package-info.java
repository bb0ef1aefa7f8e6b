/**
 * Reads the fields of an invoice from words with positions alone, without templates: lines and
 * columns from geometry, typed candidates (amounts, dates, IBANs, VAT IDs, references), labels from
 * a lexicon linked to values by distance, and a joint choice of the totals under the invoice's own
 * arithmetic. Every field carries a confidence that follows from its score margin and the checks
 * it passed.
 */
package de.kmuflow.extraction.internal.fields;
