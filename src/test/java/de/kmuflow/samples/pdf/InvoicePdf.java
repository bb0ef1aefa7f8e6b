package de.kmuflow.samples.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

import de.kmuflow.samples.model.SampleInvoice;

/** Renders an invoice with a layout into PDF bytes. */
public final class InvoicePdf {

	private InvoicePdf() {
	}

	public static byte[] render(InvoiceLayout layout, SampleInvoice invoice, String name) throws IOException {
		try (PDDocument document = new PDDocument()) {
			FontSet fonts = layout.fonts(document);
			try (PdfPainter painter = new PdfPainter(document, layout.pageSize(invoice))) {
				layout.draw(invoice, painter, fonts);
			}
			document.getDocumentInformation().setTitle(invoice.title() + " " + (invoice.number() == null ? "" : invoice.number()));
			document.getDocumentInformation().setCreator(invoice.seller().name());
			return save(document, name);
		}
	}

	/**
	 * Saves with a document ID derived from the name: PDFBox would otherwise hash the current time into
	 * it, and the samples must come out the same on every run.
	 */
	public static byte[] save(PDDocument document, String name) throws IOException {
		byte[] id = Arrays.copyOf(sha256(name), 16);
		COSArray ids = new COSArray();
		ids.add(new COSString(id));
		ids.add(new COSString(id));
		document.getDocument().getTrailer().setItem(COSName.ID, ids);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.save(out);
		return out.toByteArray();
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
