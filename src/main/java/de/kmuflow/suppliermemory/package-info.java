/**
 * Supplier memory: learns from clerks' corrections how each supplier prints its invoices (labels,
 * places, formats) and its bookkeeping defaults, and reads that supplier's next invoices with it.
 */
package de.kmuflow.suppliermemory;
