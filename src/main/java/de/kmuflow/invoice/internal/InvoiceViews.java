package de.kmuflow.invoice.internal;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kmuflow.document.DocumentStore;
import de.kmuflow.document.StoredDocument;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Invoices as the REST API and the pages show them: the contract's field names, status, findings, history. */
@Service
@Transactional(readOnly = true)
class InvoiceViews {

	private final InvoiceRepository invoices;
	private final InvoiceChangeRepository changes;
	private final DocumentStore documents;
	private final ObjectMapper json = new ObjectMapper();

	InvoiceViews(InvoiceRepository invoices, InvoiceChangeRepository changes, DocumentStore documents) {
		this.invoices = invoices;
		this.changes = changes;
		this.documents = documents;
	}

	ObjectNode detail(UUID id) {
		InvoiceEntity invoice = invoices.findById(id).orElseThrow(() -> new InvoiceNotFoundException(id));
		ObjectNode node = summary(invoice);
		for (InvoiceField field : InvoiceField.values()) {
			node.put(field.key, field.read(invoice));
		}
		node.put("sellerBic", invoice.sellerBic);
		node.put("buyerReference", invoice.buyerReference);
		node.put("payableAmount", invoice.payableAmount == null ? null : invoice.payableAmount.toPlainString());
		node.put("documentTypeCode", invoice.documentTypeCode);
		node.put("extractionError", invoice.extractionError);
		ArrayNode findings = node.putArray("findings");
		InvoiceService.read(invoice.findings).forEach(finding -> findings.add(json.valueToTree(finding)));
		node.put("processInstanceId", invoice.processInstanceId);
		node.put("uploadedBy", invoice.uploadedBy);
		node.put("reviewedBy", invoice.reviewedBy);
		node.put("approvedBy", invoice.approvedBy);
		node.put("rejectionReason", invoice.rejectionReason);
		documents.find(invoice.documentId).ifPresent(document -> node.set("document", document(document)));
		ArrayNode history = node.putArray("history");
		for (InvoiceChangeEntity change : changes.findByInvoiceIdOrderByChangedAt(id)) {
			history.addObject()
				.put("at", change.changedAt.toString())
				.put("by", change.changedBy)
				.put("field", change.field)
				.put("old", change.oldValue)
				.put("new", change.newValue);
		}
		return node;
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
