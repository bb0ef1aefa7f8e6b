package de.kmuflow.samples.einvoice;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA3;
import org.mustangproject.ZUGFeRD.ZUGFeRDInvoiceImporter;

import de.kmuflow.samples.model.SampleInvoice;

/** A ZUGFeRD / Factur-X PDF: the drawn invoice with its CII XML embedded, by Mustang. */
public final class ZugferdPdf {

	private ZugferdPdf() {
	}

	/** @param profile "EN16931" or "XRECHNUNG" */
	public static byte[] of(byte[] visiblePdf, SampleInvoice invoice, String profile) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		// the drawn PDF is not PDF/A; Mustang converts what it can and must not stop at the rest
		try (ZUGFeRDExporterFromA3 exporter = new ZUGFeRDExporterFromA3().ignorePDFAErrors()) {
			exporter.load(visiblePdf);
			exporter.setProducer("kmu-flow sample generator").setCreator(invoice.seller().name());
			exporter.setProfile(Profiles.getByName(profile));
			exporter.setTransaction(MustangInvoices.of(invoice));
			exporter.export(out);
		}
		byte[] pdf = FixedTimestamps.apply(out.toByteArray(), invoice.issueDate());
		ZUGFeRDInvoiceImporter importer = new ZUGFeRDInvoiceImporter(new ByteArrayInputStream(pdf));
		EInvoiceCheck.cii(importer.getUTF8().getBytes(StandardCharsets.UTF_8), invoice);
		return pdf;
	}
}
