package de.kmuflow.samples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import de.kmuflow.samples.image.ImageEncoding;
import de.kmuflow.samples.image.PageImages;
import de.kmuflow.samples.image.PhotoEffects;
import de.kmuflow.samples.image.ScanEffects;
import de.kmuflow.samples.image.ScannedPdf;
import de.kmuflow.samples.model.SampleInvoice;
import de.kmuflow.samples.pdf.InvoiceLayout;
import de.kmuflow.samples.pdf.InvoicePdf;

/** Image-only documents: scanned PDFs, a phone photo, PNG, TIFF and JPEG scans. */
final class ScanSamples {

	/** How a scanner treats the paper: skew per page, paper and ink grey, noise, dust, softness. */
	record Scanner(int dpi, double[] angles, int paper, int ink, double noise, int specks, boolean soft) {
	}

	private final SampleFolder folder;
	private final Invoices invoices;
	private final ScanEffects effects;
	private final PhotoEffects photo;

	ScanSamples(SampleFolder folder, Invoices invoices, Random random) {
		this.folder = folder;
		this.invoices = invoices;
		this.effects = new ScanEffects(random);
		this.photo = new PhotoEffects(random);
	}

	void write(Map<String, byte[]> textPdfs, TextSamples texts) throws IOException {
		String original = "text-brandt-buerobedarf.pdf";
		scannedPdf("scan-300dpi-brandt-buerobedarf-duplicate.pdf", textPdfs.get(original), texts.invoice(original),
				new Scanner(300, new double[] {0.6}, 243, 22, 3, 40, false), 0.55f, Layouts.A,
				"the same invoice as " + original + ", printed and scanned at 300 dpi",
				"a duplicate of a text PDF: the duplicate check must catch it across kinds");
		scannedPdf("scan-200dpi-elektro-kessler.pdf", Layouts.G, invoices.kesslerSmallJob(),
				new Scanner(200, new double[] {-1.2}, 238, 30, 4, 60, true), 0.6f,
				"craftsman invoice, 200 dpi, skewed 1.2°", "Courier at 200 dpi with blur; skew");
		scannedPdf("scan-300dpi-feinkost-2-pages.pdf", Layouts.B, invoices.feinkostTwoPages(),
				new Scanner(300, new double[] {0.9, -0.5}, 240, 25, 3, 50, false), 0.55f,
				"two pages, mixed 7 % / 19 %, 300 dpi, each page skewed differently",
				"totals on page 2; week labels in every description; long dates");
		scannedPdf("scan-300dpi-spedition-hartmann-upside-down.pdf", Layouts.A, invoices.hartmannUpsideDown(),
				new Scanner(300, new double[] {180.7}, 242, 24, 3, 40, false), 0.55f,
				"freight invoice fed into the scanner upside down (rotated 180.7°)",
				"page must be turned before OCR");
		scannedPdf("scan-200dpi-kanzlei-weidmann.pdf", Layouts.B, invoices.weidmannOtherClient(),
				new Scanner(200, new double[] {-0.8}, 236, 28, 4, 30, true), 0.6f,
				"tax adviser, serif font, 200 dpi", "serif type at 200 dpi; issue date only beside the address");
		scannedPdf("scan-300dpi-maler-vogt.pdf", Layouts.A, invoices.vogtInterim(),
				new Scanner(300, new double[] {1.8}, 240, 20, 3, 80, false), 0.55f,
				"painter, 300 dpi, skewed 1.8°", "the strongest skew of the scans; m² quantities with decimals");
		scannedPdf("scan-200dpi-lumen-analytics-en.pdf", Layouts.E, invoices.lumenWorkshop(),
				new Scanner(200, new double[] {-1.3}, 238, 30, 4, 40, true), 0.6f,
				"English invoice with discount terms, 200 dpi", "English labels and US formats through OCR");
		scannedPdf("scan-300dpi-copy-und-co-kassenbon-faded.pdf", Layouts.F_CARD, invoices.copyShopCardReceipt(),
				new Scanner(300, new double[] {-1.0}, 232, 120, 5, 25, true), 0.6f,
				"faded thermal till receipt (card payment), 300 dpi, low contrast",
				"grey-on-grey print; narrow page; gross prices with tax table");
		scannedPdf("scan-200dpi-nordlicht-it-gutschrift.pdf", Layouts.D, invoices.nordlichtCredit(),
				new Scanner(200, new double[] {0.5}, 240, 26, 4, 30, true), 0.6f,
				"credit note (Gutschrift), negative amounts, 200 dpi",
				"minus signs are small and easily lost in OCR");
		scannedPdf("scan-300dpi-heizungsbau-petersen.pdf", Layouts.C, invoices.petersenService(),
				new Scanner(300, new double[] {-0.4}, 244, 22, 3, 50, false), 0.55f,
				"heating service, Skonto with days and date, 300 dpi", "boxed fields; Skonto sentence");

		SampleInvoice tools = invoices.steinerOnePage();
		BufferedImage toolsPage = PageImages.colour(drawn("photo-werkzeug-steiner.jpg", Layouts.B, tools), 170).get(0);
		folder.sample("photo-werkzeug-steiner.jpg", "IMAGE", tools,
				ImageEncoding.jpeg(photo.photograph(toolsPage, 1536, 0.86), 0.82f, 72),
				"layout B; phone photo (1536 x 2048) of a one-page invoice on a desk",
				"perspective, uneven light, warm colour cast, blur; no meaningful dpi");
		SampleInvoice bakery = invoices.bakeryReceipt();
		BufferedImage bakeryPage = PageImages.colour(drawn("photo-baeckerei-kornblume-kassenbon.jpg", Layouts.F_CASH,
				bakery), 250).get(0);
		folder.sample("photo-baeckerei-kornblume-kassenbon.jpg", "IMAGE", bakery,
				ImageEncoding.jpeg(photo.photograph(bakeryPage, 1536, 0.8), 0.82f, 72),
				"layout F; phone photo of a bakery till receipt (§ 33 UStDV)",
				"perspective and blur on small monospaced print; only the tax rate, no tax amount");

		SampleInvoice hedge = invoices.lindenhofHedge();
		BufferedImage hedgePage = scanPages(drawn("scan-200dpi-gaertnerei-lindenhof.png", Layouts.D, hedge),
				new Scanner(200, new double[] {-0.4}, 246, 25, 0, 30, false)).get(0);
		folder.sample("scan-200dpi-gaertnerei-lindenhof.png", "IMAGE", hedge, ImageEncoding.png(hedgePage, 200),
				"layout D; grey PNG scan, 200 dpi, mixed 7 % / 19 %", "image file instead of PDF; mixed rates");

		SampleInvoice posters = invoices.sonnenscheinPosters();
		BufferedImage postersPage = scanPages(drawn("scan-300dpi-druckerei-sonnenschein-bw.tif", Layouts.C, posters),
				new Scanner(300, new double[] {0.3}, 250, 10, 0, 20, false)).get(0);
		folder.sample("scan-300dpi-druckerei-sonnenschein-bw.tif", "IMAGE", posters,
				ImageEncoding.tiff(List.of(ScanEffects.binarize(postersPage, 150)), "CCITT T.6", 300),
				"layout C; black-and-white TIFF (CCITT G4), 300 dpi, as from a copier's document mode",
				"1-bit: thin strokes break up, grey shading turns to black or white");

		SampleInvoice uk = invoices.northbridgeFollowUp();
		BufferedImage ukPage = scanPages(drawn("scan-150dpi-northbridge-consulting-en.jpg", Layouts.E, uk),
				new Scanner(150, new double[] {1.0}, 238, 30, 3, 20, true)).get(0);
		folder.sample("scan-150dpi-northbridge-consulting-en.jpg", "IMAGE", uk, ImageEncoding.jpeg(ukPage, 0.7f, 150),
				"layout E; grey JPEG scan at only 150 dpi, British English, GBP, reverse charge",
				"low resolution: small print is barely legible");

		SampleInvoice bike = invoices.bikeMisnamed();
		BufferedImage bikePage = scanPages(drawn("scan-fahrrad-speiche.pdf", Layouts.G, bike),
				new Scanner(200, new double[] {0.7}, 245, 28, 0, 20, false)).get(0);
		folder.sample("scan-fahrrad-speiche.pdf", "IMAGE", bike, ImageEncoding.png(bikePage, 200),
				"layout G; a PNG image saved with the extension .pdf; small amount, no recipient",
				"the file name lies: the kind must come from the content");
	}

	/** The drawn invoice an image sample is made from, checked to show every expected value. */
	private static byte[] drawn(String file, InvoiceLayout layout, SampleInvoice invoice) throws IOException {
		byte[] pdf = InvoicePdf.render(layout, invoice, file);
		PrintedValuesCheck.check(file, pdf, invoice);
		return pdf;
	}

	private void scannedPdf(String file, InvoiceLayout layout, SampleInvoice invoice, Scanner scanner, float quality,
			String what, String hard) throws IOException {
		scannedPdf(file, InvoicePdf.render(layout, invoice, file), invoice, scanner, quality, layout, what, hard);
	}

	private void scannedPdf(String file, byte[] pdf, SampleInvoice invoice, Scanner scanner, float quality,
			InvoiceLayout layout, String what, String hard) throws IOException {
		PrintedValuesCheck.check(file, pdf, invoice);
		byte[] scanned = ScannedPdf.of(scanPages(pdf, scanner), scanner.dpi(), quality, file);
		folder.sample(file, "SCANNED_PDF", invoice, scanned, "layout " + Layouts.letter(layout) + "; " + what, hard);
	}

	private List<BufferedImage> scanPages(byte[] pdf, Scanner scanner) throws IOException {
		List<BufferedImage> pages = new ArrayList<>();
		List<BufferedImage> rendered = PageImages.grey(pdf, scanner.dpi());
		for (int i = 0; i < rendered.size(); i++) {
			BufferedImage page = rendered.get(i);
			page = effects.tone(page, scanner.paper(), scanner.ink(), 0);
			page = effects.rotate(page, scanner.angles()[i % scanner.angles().length], 200);
			page = effects.specks(page, scanner.specks());
			if (scanner.soft()) {
				page = ScanEffects.soften(page);
			}
			if (scanner.noise() > 0) {
				page = effects.tone(page, 255, 0, scanner.noise());
			}
			pages.add(page);
		}
		return pages;
	}
}
