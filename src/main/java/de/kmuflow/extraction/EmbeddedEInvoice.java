package de.kmuflow.extraction;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import de.kmuflow.extraction.internal.einvoice.EInvoiceReader;
import de.kmuflow.extraction.internal.limits.DocumentTooLargeException;
import de.kmuflow.extraction.internal.limits.PdfLimits;

/**
 * Hybrid invoices (ZUGFeRD / Factur-X): the XML a PDF carries, and whether two e-invoice XMLs are
 * the same bill. Channels use this to turn a PDF plus its separately attached XML into one invoice.
 */
public final class EmbeddedEInvoice {

	private EmbeddedEInvoice() {
	}

	/**
	 * The invoice XML embedded in a PDF; empty for an ordinary PDF, one that cannot be opened, or one
	 * that inflates beyond the default limit (its invoice will say why when it is read).
	 */
	public static Optional<byte[]> xmlOf(byte[] pdf) {
		ExtractionSettings limits = ExtractionSettings.defaults();
		try {
			new PdfLimits(limits.maxPages(), limits.maxImagePixels(), limits.maxInflatedBytes()).checkInflatedSize(pdf);
		}
		catch (DocumentTooLargeException e) {
			return Optional.empty();
		}
		return Optional.ofNullable(EInvoiceReader.embeddedXml(pdf));
	}

	/**
	 * Whether both XMLs describe the same invoice: the same bytes, or the same number, issue date,
	 * seller and total. A reformatted copy of the same invoice thus counts as the same; an XML that
	 * cannot be read as an e-invoice never does.
	 */
	public static boolean sameInvoice(byte[] xml, byte[] otherXml) {
		if (Arrays.equals(xml, otherXml)) {
			return true;
		}
		EInvoiceReader reader = new EInvoiceReader();
		try {
			ExtractedInvoice one = reader.readXml(xml);
			ExtractedInvoice other = reader.readXml(otherXml);
			return one.invoiceNumber() != null && one.invoiceNumber().equals(other.invoiceNumber())
					&& Objects.equals(one.issueDate(), other.issueDate())
					&& sameAmount(one.grossTotal(), other.grossTotal())
					&& (Objects.equals(one.sellerVatId(), other.sellerVatId())
							|| Objects.equals(one.sellerName(), other.sellerName()));
		}
		catch (EInvoiceReader.UnreadableEInvoiceException e) {
			return false;
		}
	}

	private static boolean sameAmount(BigDecimal one, BigDecimal other) {
		return one == null ? other == null : other != null && one.compareTo(other) == 0;
	}
}
