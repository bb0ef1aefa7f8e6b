package de.kmuflow.invoice.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kmuflow.extraction.CashDiscount;
import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.invoice.rules.Finding;
import de.kmuflow.platform.PageFormats;
import de.kmuflow.platform.TaskFormValues;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The invoice forms' texts as Tasklist shows them, in the reader's language: the findings said from
 * their stored codes and values, and in the approval form the amount, due date and Skonto that are
 * there only to be read. The fields a clerk corrects keep their German form, which is what they take.
 */
@Component
class InvoiceFormTexts implements TaskFormValues {

	static final String FINDINGS_TEXT = "findingsText";

	private final InvoiceRepository invoices;
	private final InvoiceRecords records;
	private final InvoiceTexts texts;
	private final PageFormats formats;
	private final MessageSource messages;
	private final ObjectMapper json = new ObjectMapper();

	InvoiceFormTexts(InvoiceRepository invoices, InvoiceRecords records, InvoiceTexts texts, PageFormats formats,
			MessageSource messages) {
		this.invoices = invoices;
		this.records = records;
		this.texts = texts;
		this.formats = formats;
		this.messages = messages;
	}

	@Override
	public Map<String, String> inLanguage(String processInstanceId, Set<String> variables, Locale locale) {
		Map<String, String> values = new LinkedHashMap<>();
		if (!variables.contains(FINDINGS_TEXT)) {
			return values;
		}
		invoices.findFirstByProcessInstanceId(processInstanceId).ifPresent(invoice -> {
			values.put(FINDINGS_TEXT, findingsText(InvoiceRecords.findings(invoice), locale));
			if (variables.contains("dueDateText")) {
				ExtractedInvoice current = records.current(invoice);
				values.put("grossTotal", formats.money(current.grossTotal(), current.currency()));
				values.put("dueDateText", current.dueDate() == null ? "" : formats.date(current.dueDate()));
				CashDiscount discount = current.cashDiscount();
				if (discount != null && discount.percent() != null) {
					values.put("cashDiscountText", messages.getMessage("form.cashDiscount",
							new Object[] { formats.quantity(discount.percent()),
									formats.date(InvoiceRecords.cashDiscountDeadline(current)) },
							locale));
				}
			}
		});
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
