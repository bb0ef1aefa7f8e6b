/**
 * Turns a stored document into an extracted invoice: fields, confidences and the kind of document.
 */
package de.kmuflow.extraction;
