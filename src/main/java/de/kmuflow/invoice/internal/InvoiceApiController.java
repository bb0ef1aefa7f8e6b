package de.kmuflow.invoice.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kmuflow.document.ContentTypes;
import de.kmuflow.document.DocumentStore;
import de.kmuflow.document.StoredDocument;
import de.kmuflow.platform.SafeText;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading invoices over REST: list, detail, the original document, and the DATEV export. */
@RestController
class InvoiceApiController {

	/** Sandboxed without scripts, forms or plugins of its own; styles and images for the browser's PDF and image views. */
	static final String ORIGINAL_POLICY = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline';"
			+ " object-src 'self'; frame-ancestors 'self'; form-action 'none'; base-uri 'none'";

	private final InvoiceViews views;
	private final DocumentStore documents;
	private final DatevExport datev;

	InvoiceApiController(InvoiceViews views, DocumentStore documents, DatevExport datev) {
		this.views = views;
		this.documents = documents;
		this.datev = datev;
	}

	@GetMapping("/api/invoices")
	List<ObjectNode> list() {
		return views.list();
	}

	@GetMapping("/api/invoices/{id}")
	ObjectNode detail(@PathVariable UUID id) {
		return views.detail(id);
	}

	/**
	 * The original bytes with their detected type. Nothing a browser would run: no sniffing, a
	 * sandbox without scripts, and anything but PDF and raster images as a download. Only kmu-flow's
	 * own pages may frame it (the invoice page shows it beside the fields; the security configuration
	 * sends the matching X-Frame-Options).
	 */
	@GetMapping("/api/invoices/{id}/document")
	ResponseEntity<byte[]> document(@PathVariable UUID id) {
		UUID documentId = views.documentIdOf(id);
		StoredDocument document = documents.find(documentId).orElseThrow();
		String name = SafeText.withoutBidiControls(
				document.originalName() == null ? document.sha256() : document.originalName());
		boolean viewable = ContentTypes.PDF.equals(document.mediaType()) || ContentTypes.isImage(document.mediaType());
		ContentDisposition.Builder disposition = viewable ? ContentDisposition.inline() : ContentDisposition.attachment();
		return ResponseEntity.ok()
			.contentType(viewable ? MediaType.parseMediaType(document.mediaType()) : MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					disposition.filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", ORIGINAL_POLICY)
			.body(documents.content(documentId));
	}

	@GetMapping("/api/exports/datev")
	ResponseEntity<byte[]> datev(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("'to' liegt vor 'from' (the end date is before the start date)");
		}
		return DatevExportController.download(datev.byPostingDate(from, to));
	}

	@ExceptionHandler(InvoiceViews.InvoiceNotFoundException.class)
	ResponseEntity<ApiError> notFound(InvoiceViews.InvoiceNotFoundException e) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError(e.getMessage()));
	}

	record ApiError(String error) {
	}
}
