/**
 * The invoice: validation rules, duplicate check, approval routing, posting and DATEV export.
 */
package de.kmuflow.invoice;
