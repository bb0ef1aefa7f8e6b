package de.kmuflow.invoice.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kmuflow.document.DocumentStore;
import de.kmuflow.document.StoredDocument;
import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.ExtractionJson;
import de.kmuflow.extraction.InvoiceField;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Invoices as the REST API and the pages show them: the catalogue's field names, status, findings, audit trail. */
@Service
@Transactional(readOnly = true)
class InvoiceViews {

	private final InvoiceRepository invoices;
	private final InvoiceRecords records;
	private final InvoiceChangeRepository changes;
	private final DocumentStore documents;
	private final ObjectMapper json = new ObjectMapper();

	InvoiceViews(InvoiceRepository invoices, InvoiceRecords records, InvoiceChangeRepository changes,
			DocumentStore documents) {
		this.invoices = invoices;
		this.records = records;
		this.changes = changes;
		this.documents = documents;
	}

	/**
	 * Everything about one invoice: the current value of every catalogue field, the cash discount,
	 * tax breakdown, lines and the reader's confidences, the findings, and the corrections and life
	 * cycle as its audit trail.
	 */
	ObjectNode detail(UUID id) {
		InvoiceEntity invoice = invoices.findById(id).orElseThrow(() -> new InvoiceNotFoundException(id));
		List<InvoiceCorrectionEntity> corrections = records.corrections(id);
		ExtractedInvoice current = InvoiceRecords.apply(InvoiceRecords.read(invoice), corrections);
		ObjectNode node = summary(invoice);
		ObjectNode read = ExtractionJson.toJson(null, current, null);
		read.remove(List.of("file", "kind", "error", "findings"));
		node.setAll(read);
		InvoiceField.all().forEach(field -> node.put(field.name(), field.text(current)));
		node.set("readingFindings", read(current));
		node.put("extractionError", invoice.extractionError);
		ArrayNode findings = node.putArray("findings");
		InvoiceRecords.findings(invoice).forEach(finding -> findings.add(json.valueToTree(finding)));
		node.put("processInstanceId", invoice.processInstanceId);
		node.put("uploadedBy", invoice.uploadedBy);
		node.put("reviewedBy", invoice.reviewedBy);
		node.put("approvedBy", invoice.approvedBy);
		node.put("rejectionReason", invoice.rejectionReason);
		documents.find(invoice.documentId).ifPresent(document -> node.set("document", document(document)));
		ArrayNode corrected = node.putArray("corrections");
		List<ObjectNode> history = new ArrayList<>();
		for (InvoiceCorrectionEntity correction : corrections) {
			ObjectNode entry = trail(correction.correctedAt, correction.correctedBy, correction.field,
					correction.oldValue, correction.newValue).put("reason", correction.reason);
			corrected.add(entry);
			history.add(entry);
		}
		for (InvoiceChangeEntity change : changes.findByInvoiceIdOrderByChangedAt(id)) {
			history.add(trail(change.changedAt, change.changedBy, change.field, change.oldValue, change.newValue));
		}
		history.sort(Comparator.comparing(entry -> Instant.parse(entry.get("at").asText())));
		node.putArray("history").addAll(history);
		return node;
	}

	private ArrayNode read(ExtractedInvoice current) {
		ArrayNode notes = json.createArrayNode();
		current.findings().forEach(finding -> notes.add(json.valueToTree(finding)));
		return notes;
	}

	private ObjectNode trail(Instant at, String by, String field, String old, String now) {
		return json.createObjectNode().put("at", at.toString()).put("by", by).put("field", field).put("old", old)
			.put("new", now);
	}

	List<ObjectNode> list() {
		return invoices.findAllByOrderByCreatedAtDesc().stream().map(this::summary).toList();
	}

	UUID documentIdOf(UUID invoiceId) {
		return invoices.findById(invoiceId).orElseThrow(() -> new InvoiceNotFoundException(invoiceId)).documentId;
	}

	private ObjectNode summary(InvoiceEntity invoice) {
		ObjectNode node = json.createObjectNode();
		node.put("id", invoice.id.toString());
		node.put("status", invoice.status.name());
		node.put("kind", invoice.kind);
		node.put("sellerName", invoice.sellerName);
		node.put("invoiceNumber", invoice.invoiceNumber);
		node.put("issueDate", invoice.issueDate == null ? null : invoice.issueDate.toString());
		node.put("dueDate", invoice.dueDate == null ? null : invoice.dueDate.toString());
		node.put("grossTotal", invoice.grossTotal == null ? null : invoice.grossTotal.toPlainString());
		node.put("currency", invoice.currency);
		node.put("duplicateOf", invoice.duplicateOf == null ? null : invoice.duplicateOf.toString());
		node.put("createdAt", invoice.createdAt.toString());
		return node;
	}

	private ObjectNode document(StoredDocument document) {
		return json.createObjectNode()
			.put("id", document.id().toString())
			.put("sha256", document.sha256())
			.put("sizeBytes", document.sizeBytes())
			.put("mediaType", document.mediaType())
			.put("originalName", document.originalName())
			.put("source", document.source().name())
			.put("origin", document.origin())
			.put("receivedBy", document.receivedBy())
			.put("receivedAt", document.receivedAt().toString());
	}

	/** Answered with 404 and a plain message. */
	@ResponseStatus(HttpStatus.NOT_FOUND)
	static final class InvoiceNotFoundException extends RuntimeException {

		InvoiceNotFoundException(UUID id) {
			super("Rechnung " + id + " gibt es nicht (no such invoice)");
		}
	}
}
