package de.kmuflow.intake.internal.mail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.kmuflow.extraction.EmbeddedEInvoice;

/**
 * Decides which attachments of one mail become invoices. A ZUGFeRD / Factur-X PDF is often sent
 * with its XML attached once more; both are the same bill. The PDF is kept as the invoice: it
 * carries the very same XML and, besides, the view a person reads, so nothing is lost and the
 * archive holds the document as the supplier issued it. The separate XML becomes a companion:
 * stored as received (GoBD), but no second invoice. An XML that is a different bill than every
 * PDF's embedded one (or a PDF without XML next to an XRechnung) stays an invoice of its own.
 */
final class OneInvoicePerBill {

	/** An attachment to submit, or a companion of {@code companionOf} to keep without an invoice. */
	record Choice(MailAttachment attachment, MailAttachment companionOf) {

		boolean isInvoice() {
			return companionOf == null;
		}
	}

	private OneInvoicePerBill() {
	}

	static List<Choice> choose(List<MailAttachment> usable) {
		Map<MailAttachment, byte[]> embedded = new LinkedHashMap<>();
		for (MailAttachment attachment : usable) {
			if (attachment.isPdf()) {
				EmbeddedEInvoice.xmlOf(attachment.content()).ifPresent(xml -> embedded.put(attachment, xml));
			}
		}
		List<Choice> choices = new ArrayList<>();
		for (MailAttachment attachment : usable) {
			Optional<MailAttachment> hybrid = attachment.isXml() ? hybridCarrying(attachment, embedded) : Optional.empty();
			choices.add(new Choice(attachment, hybrid.orElse(null)));
		}
		return choices;
	}

	private static Optional<MailAttachment> hybridCarrying(MailAttachment xml, Map<MailAttachment, byte[]> embedded) {
		return embedded.entrySet()
			.stream()
			.filter(pdf -> EmbeddedEInvoice.sameInvoice(xml.content(), pdf.getValue()))
			.map(Map.Entry::getKey)
			.findFirst();
	}
}
