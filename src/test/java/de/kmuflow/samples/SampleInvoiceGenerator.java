package de.kmuflow.samples;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;

/**
 * Writes the sample-invoices folder: text PDFs, scans, photos, e-invoices, broken files and the OCR
 * benchmark, each document with its expected values. Run by {@code make samples}; the argument is
 * the target folder (default {@code sample-invoices}).
 */
public final class SampleInvoiceGenerator {

	/** Changing the seed changes quantities, article picks and scan noise of every sample. */
	static final long SEED = 20260315L;

	private SampleInvoiceGenerator() {
	}

	public static void main(String[] args) throws Exception {
		// Mustang writes dates in the default zone and the JDK formats in the default locale
		TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
		Locale.setDefault(Locale.GERMANY);
		Path root = Path.of(args.length > 0 ? args[0] : "sample-invoices");

		SampleFolder folder = new SampleFolder(root);
		Invoices invoices = new Invoices(SEED);
		TextSamples texts = new TextSamples(folder, invoices);
		Map<String, byte[]> textPdfs = texts.write();
		new ScanSamples(folder, invoices, new Random(SEED + 1)).write(textPdfs, texts);
		new EInvoiceSamples(folder, invoices).write();
		new BadSamples(folder).write(textPdfs.get("text-brandt-buerobedarf.pdf"));
		new BenchSamples(folder, new Random(SEED + 2)).write(textPdfs);
		Readme.write(folder);
		System.out.println("Wrote " + folder.samples().size() + " samples, " + folder.bad().size() + " bad files and "
				+ folder.bench().size() + " benchmark files to " + root.toAbsolutePath().normalize());
	}
}
