package de.kmuflow.invoice;

import de.kmuflow.document.DocumentStore;

/** Where intake hands over a stored document: it becomes an invoice and its process starts. */
public interface Invoices {

	/**
	 * Creates the invoice for a newly stored document and starts its process; for a document that
	 * was stored before, names the invoice it already is.
	 */
	InvoiceReceipt receive(DocumentStore.Stored document, String uploadedBy);
}
