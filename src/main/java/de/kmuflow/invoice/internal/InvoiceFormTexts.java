package de.kmuflow.invoice.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kmuflow.extraction.CashDiscount;
import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.InvoiceField;
import de.kmuflow.invoice.InvoiceIntakeProcess.Elements;
import de.kmuflow.invoice.InvoiceIntakeProcess.Variables;
import de.kmuflow.invoice.rules.Finding;
import de.kmuflow.platform.PageFormats;
import de.kmuflow.platform.TaskFormValues;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invoice forms' values as Tasklist shows them, read from the invoice when the form is opened (what
 * was read with the corrections applied, the findings, the Skonto): the review form's fields as a German
 * clerk types them, which is what they take; in the reader's language the findings and, in the approval
 * and clarification forms, the amount, due date and Skonto that are there only to be read.
 */
@Component
class InvoiceFormTexts implements TaskFormValues {

	static final String FINDINGS_TEXT = "findingsText";
	static final String DOCUMENT_URL = "documentUrl";

	/** The approval and clarification forms' values that are only read; what they submit of them is dropped. */
	static final List<String> APPROVAL_FORM_KEYS = List.of(InvoiceField.SELLER_NAME.name(),
			InvoiceField.INVOICE_NUMBER.name(), InvoiceField.GROSS_TOTAL.name(), "dueDateText", "cashDiscountText",
			FINDINGS_TEXT, DOCUMENT_URL, ApprovalTaskListener.REJECTION_REASON);

	private final InvoiceRepository invoices;
	private final InvoiceRecords records;
	private final InvoiceTexts texts;
	private final PageFormats formats;
	private final MessageSource messages;
	private final TaskService tasks;
	private final ObjectMapper json = new ObjectMapper();

	InvoiceFormTexts(InvoiceRepository invoices, InvoiceRecords records, InvoiceTexts texts, PageFormats formats,
			MessageSource messages, TaskService tasks) {
		this.invoices = invoices;
		this.records = records;
		this.texts = texts;
		this.formats = formats;
		this.messages = messages;
		this.tasks = tasks;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, String> of(Task task, Locale locale) {
		String element = task.getTaskDefinitionKey();
		if (!Elements.REVIEW.equals(element) && !Elements.APPROVE.equals(element) && !Elements.CLARIFY.equals(element)) {
			return Map.of();
		}
		// the process's own invoice: its id is the process's variable, and the invoice names the process back
		InvoiceEntity invoice = invoiceId(tasks.getVariable(task.getId(), Variables.INVOICE_ID))
			.flatMap(invoices::findById)
			.orElse(null);
		if (invoice == null || !Objects.equals(invoice.processInstanceId, task.getProcessInstanceId())) {
			return Map.of();
		}
		return Elements.REVIEW.equals(element) ? reviewForm(invoice, locale) : approvalForm(invoice, locale);
	}

	private static Optional<UUID> invoiceId(Object variable) {
		try {
			return variable == null ? Optional.empty() : Optional.of(UUID.fromString(variable.toString()));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

	/** Every correctable field as a German clerk types it, the findings, the original. */
	Map<String, String> reviewForm(InvoiceEntity invoice, Locale locale) {
		ExtractedInvoice current = records.current(invoice);
		Map<String, String> values = new LinkedHashMap<>();
		for (InvoiceField<?> field : InvoiceField.all()) {
			if (field.correctable()) {
				values.put(field.name(), field.formText(current));
			}
		}
		values.put(FINDINGS_TEXT, findingsText(InvoiceRecords.findings(invoice), locale));
		values.put(DOCUMENT_URL, InvoiceRecords.documentUrl(invoice));
		return values;
	}

	/** What the approver (and, after a rejection, the clarifying clerk) reads: {@link #APPROVAL_FORM_KEYS}. */
	Map<String, String> approvalForm(InvoiceEntity invoice, Locale locale) {
		ExtractedInvoice current = records.current(invoice);
		CashDiscount discount = current.cashDiscount();
		Map<String, String> values = new LinkedHashMap<>();
		values.put(InvoiceField.SELLER_NAME.name(), current.sellerName());
		values.put(InvoiceField.INVOICE_NUMBER.name(), current.invoiceNumber());
		values.put(InvoiceField.GROSS_TOTAL.name(), formats.money(current.grossTotal(), current.currency()));
		values.put("dueDateText", current.dueDate() == null ? "" : formats.date(current.dueDate()));
		values.put("cashDiscountText", discount == null || discount.percent() == null ? null
				: messages.getMessage("form.cashDiscount", new Object[] { formats.quantity(discount.percent()),
						formats.date(InvoiceRecords.cashDiscountDeadline(current)) }, locale));
		values.put(FINDINGS_TEXT, findingsText(InvoiceRecords.findings(invoice), locale));
		values.put(DOCUMENT_URL, InvoiceRecords.documentUrl(invoice));
		values.put(ApprovalTaskListener.REJECTION_REASON, invoice.rejectionReason);
		return values;
	}

	/** One line a finding, "Warnung: …", with the address of the earlier invoice a duplicate repeats. */
	String findingsText(List<Finding> findings, Locale locale) {
		if (findings.isEmpty()) {
			return messages.getMessage("invoice.noFindings", null, locale);
		}
		List<String> lines = new ArrayList<>();
		for (Finding finding : findings) {
			JsonNode stored = json.valueToTree(finding);
			lines.add(messages.getMessage("severity." + finding.severity().name(), null, locale) + ": "
					+ texts.finding(stored)
					+ (finding.relatedInvoice() == null ? "" : " (/invoices/" + finding.relatedInvoice() + ")"));
		}
		return String.join("\n", lines);
	}
}
