package de.kmuflow.invoice.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import de.kmuflow.document.DocumentStore;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The original of an invoice as a person reads it, linked from the invoice page and the Tasklist
 * forms: an e-invoice as a readable invoice (Mustang's visualisation), its XML one click away;
 * any other document is the original itself.
 */
@Controller
class OriginalController {

	/**
	 * The visualisation needs its own inline styles and its tab script; the sandbox gives it an origin
	 * of its own, so that script reaches neither kmu-flow's cookies nor its API.
	 */
	static final String VIEW_POLICY = "sandbox allow-scripts; default-src 'none'; style-src 'unsafe-inline';"
			+ " script-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; form-action 'none'; base-uri 'none'";
	static final String XML_POLICY = "sandbox; default-src 'none'; frame-ancestors 'self'";

	private final InvoiceRepository invoices;
	private final DocumentStore documents;
	private final EInvoiceView view;

	OriginalController(InvoiceRepository invoices, DocumentStore documents, EInvoiceView view) {
		this.invoices = invoices;
		this.documents = documents;
		this.view = view;
	}

	@GetMapping("/invoices/{id}/original")
	@Transactional(readOnly = true)
	ResponseEntity<String> original(@PathVariable UUID id, Locale locale) {
		Optional<String> html = xml(id).flatMap(xml -> view.html(xml, locale));
		if (html.isEmpty()) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.header(HttpHeaders.LOCATION, "/api/invoices/" + id + "/document")
				.build();
		}
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header("Content-Security-Policy", VIEW_POLICY)
			.header("X-Content-Type-Options", "nosniff")
			.header("X-Frame-Options", "SAMEORIGIN")
			.body(html.get());
	}

	/** The e-invoice's XML as text (a ZUGFeRD PDF's embedded XML); 404 for other documents. */
	@GetMapping("/invoices/{id}/xml")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> xml(@PathVariable UUID id, Locale locale) {
		return xml(id)
			.map(xml -> ResponseEntity.ok()
				.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
				.header("Content-Security-Policy", XML_POLICY)
				.header("X-Content-Type-Options", "nosniff")
				.header("X-Frame-Options", "SAMEORIGIN")
				.body(xml))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
				.body("Diese Rechnung ist keine E-Rechnung: es gibt kein XML.".getBytes(StandardCharsets.UTF_8)));
	}

	private Optional<byte[]> xml(UUID id) {
		InvoiceEntity invoice = invoices.findById(id).orElseThrow(() -> new InvoiceViews.InvoiceNotFoundException(id));
		return view.xml(invoice.kind, documents.content(invoice.documentId));
	}
}
