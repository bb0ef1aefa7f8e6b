package de.kmuflow.samples;

import static de.kmuflow.samples.Companies.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import de.kmuflow.samples.model.CashDiscountTerm;
import de.kmuflow.samples.model.DateStyle;
import de.kmuflow.samples.model.Deduction;
import de.kmuflow.samples.model.Lang;
import de.kmuflow.samples.model.Line;
import de.kmuflow.samples.model.SampleInvoice;

/**
 * The invoices behind the samples. Quantities and article picks come from one seeded random source,
 * so every run produces the same documents; each method states the case it stands for.
 */
final class Invoices {

	private final Random random;

	Invoices(long seed) {
		this.random = new Random(seed);
	}

	private static LocalDate date(int month, int day) {
		return LocalDate.of(2026, month, day);
	}

	private static BigDecimal percent(String value) {
		return new BigDecimal(value);
	}

	private int between(int min, int max) {
		return min + random.nextInt(max - min + 1);
	}

	/** Distinct articles in random order, each with a random quantity. */
	private List<Line> pick(List<Item> items, int count, int minQuantity, int maxQuantity) {
		List<Item> pool = new ArrayList<>(items);
		List<Line> lines = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Item item = pool.remove(random.nextInt(pool.size()));
			lines.add(item.times(between(minQuantity, maxQuantity)));
		}
		return lines;
	}

	/** One page, 19 %, PO reference, Skonto in days. */
	SampleInvoice brandtOnePage() {
		return new SampleInvoice().seller(BRANDT).buyer(BERGER.withContact("Herrn Lukas Berger"))
				.number("RE-2026-0147").issueDate(date(3, 15)).deliveryDate(date(3, 12)).dueDate(date(4, 14))
				.customerNumber("K-10482").purchaseOrderReference("PO-2026-0042").deliveryNoteNumber("LS-88120")
				.lines(pick(Catalog.OFFICE, 7, 1, 12)).line(Catalog.DELIVERY_FLAT.times(1))
				.cashDiscount(new CashDiscountTerm(percent("2"), 10, null));
	}

	/** Two pages: the table runs over, "Übertrag" at the bottom and top, totals on page 2. */
	SampleInvoice brandtTwoPages() {
		return new SampleInvoice().seller(BRANDT).buyer(BOHNENGLUECK).number("RE-2026-0198")
				.issueDate(date(3, 27)).deliveryDate(date(3, 25)).dueDate(date(4, 26)).customerNumber("K-11207")
				.purchaseOrderReference("BE-7781").lines(pick(Catalog.officeVariants(), 34, 1, 20))
				.cashDiscount(new CashDiscountTerm(percent("3"), 8, null));
	}

	/** Mixed 7 % and 19 % (food and wine), long German dates, issue date only as "Bamberg, den ...". */
	SampleInvoice feinkostMixed() {
		return new SampleInvoice().seller(FEINKOST).buyer(HUBER).number("2026-00318").dateStyle(DateStyle.LONG)
				.issueDate(date(3, 9)).deliveryDate(date(3, 6)).dueDate(date(3, 23)).customerNumber("4410")
				.lines(pick(Catalog.DELICATESSEN, 7, 1, 12));
	}

	/** Two pages, mixed rates, for a scan. */
	SampleInvoice feinkostTwoPages() {
		List<Item> items = new ArrayList<>(Catalog.DELICATESSEN);
		List<Line> lines = new ArrayList<>();
		String[] weeks = {"KW 5", "KW 6", "KW 7", "KW 8"};
		for (String week : weeks) {
			for (Line line : pick(items, 6, 1, 8)) {
				lines.add(new Line(line.articleNo(), line.description() + " (" + week + ")", line.quantity(), line.unit(),
						line.unitPrice(), line.taxRate()));
			}
		}
		return new SampleInvoice().seller(FEINKOST).buyer(BOHNENGLUECK).number("2026-00207").dateStyle(DateStyle.LONG)
				.issueDate(date(2, 27)).deliveryDate(date(2, 20)).dueDate(date(3, 13)).customerNumber("3982")
				.purchaseOrderReference("Rahmenauftrag RA-2026-01").lines(lines);
	}

	/** A craftsman: hours in quarters, tax number only, long wrapped descriptions, order reference. */
	SampleInvoice kesslerCraftsman() {
		List<Item> e = Catalog.ELECTRICIAN;
		return new SampleInvoice().seller(KESSLER).buyer(BERGER).title("Rechnung").number("2026-114")
				.issueDate(date(3, 18)).deliveryDate(date(3, 16)).dueDate(date(4, 1)).customerNumber("1077")
				.purchaseOrderReference("Auftrag vom 02.03.2026, Angebot 26-031")
				.line(e.get(0).times("3.5")).line(e.get(1).times("6.25")).line(e.get(2).times(1))
				.line(e.get(3).times(45)).line(e.get(5).times(between(4, 9))).line(e.get(6).times(2))
				.line(e.get(7).times(between(6, 12))).line(e.get(9).times(between(20, 40)));
	}

	/** A second craftsman invoice, scanned at 200 dpi. */
	SampleInvoice kesslerSmallJob() {
		List<Item> e = Catalog.ELECTRICIAN;
		return new SampleInvoice().seller(KESSLER).buyer(HUBER).number("2026-131").issueDate(date(4, 2))
				.deliveryDate(date(3, 31)).dueDate(date(4, 16)).customerNumber("1102")
				.line(e.get(0).times("1.75")).line(e.get(2).times(1)).line(e.get(4).times(18))
				.line(e.get(8).times(4)).line(e.get(5).times(3));
	}

	/** Skonto with a date only, PO number in a label-above-value block. */
	SampleInvoice nordlichtHardware() {
		List<Item> it = Catalog.IT;
		return new SampleInvoice().seller(NORDLICHT).buyer(BERGER.withContact("Frau Anna Krüger")).number("NL-26-0392")
				.issueDate(date(3, 20)).deliveryDate(date(3, 19)).dueDate(date(4, 19)).customerNumber("30118")
				.purchaseOrderReference("4500012877")
				.line(it.get(0).times(3)).line(it.get(1).times(3)).line(it.get(2).times(3)).line(it.get(3).times("4.5"))
				.cashDiscount(new CashDiscountTerm(percent("2"), null, date(3, 30)));
	}

	/** A credit note from the same tool layout: "Gutschrift", negative amounts. */
	SampleInvoice nordlichtCredit() {
		List<Item> it = Catalog.IT;
		return new SampleInvoice().seller(NORDLICHT).buyer(BERGER).title("Gutschrift").number("GS-26-0017")
				.issueDate(date(4, 8)).correctedInvoice("NL-26-0392").customerNumber("30118")
				.line(it.get(2).times(1).negated()).line(it.get(3).times("1.5").negated());
	}

	/** Centred layout, mixed rates with tax letters. */
	SampleInvoice sonnenscheinMixed() {
		List<Item> p = Catalog.PRINT;
		return new SampleInvoice().seller(SONNENSCHEIN).buyer(BERGER).number("DS-2026-0871").issueDate(date(3, 4))
				.deliveryDate(date(3, 2)).dueDate(date(3, 18)).customerNumber("20455")
				.purchaseOrderReference("PO-2026-0031")
				.line(p.get(5).times(1)).line(p.get(0).times(2)).line(p.get(1).times(3)).line(p.get(4).times("2.5"));
	}

	/** Gutschrift: negative quantities and totals, reference to the original invoice. */
	SampleInvoice sonnenscheinCredit() {
		List<Item> p = Catalog.PRINT;
		return new SampleInvoice().seller(SONNENSCHEIN).buyer(BERGER).title("Gutschrift").number("GS-2026-0012")
				.issueDate(date(3, 24)).correctedInvoice("DS-2026-0871 vom 04.03.2026").customerNumber("20455")
				.line(p.get(0).times(1).negated()).line(p.get(4).times(1).negated())
				.note("Der Betrag wird mit unserer nächsten Rechnung verrechnet.");
	}

	/** A one-page invoice in the centred layout, for the TIFF scan. */
	SampleInvoice sonnenscheinPosters() {
		List<Item> p = Catalog.PRINT;
		return new SampleInvoice().seller(SONNENSCHEIN).buyer(OHLSEN).number("DS-2026-0944").issueDate(date(4, 9))
				.deliveryDate(date(4, 7)).dueDate(date(4, 23)).customerNumber("20611")
				.line(p.get(2).times(1)).line(p.get(3).times(2)).line(p.get(4).times(1));
	}

	/** Three pages of tools with carried-over subtotals. */
	SampleInvoice steinerThreePages() {
		return new SampleInvoice().seller(STEINER).buyer(BERGER).number("WS-260311").issueDate(date(3, 11))
				.deliveryDate(date(3, 10)).dueDate(date(4, 10)).customerNumber("D-20931")
				.purchaseOrderReference("PO-2026-0038").lines(pick(Catalog.tools(), 52, 1, 10))
				.cashDiscount(new CashDiscountTerm(percent("2"), 14, null));
	}

	/** One page of tools, for the phone photo. */
	SampleInvoice steinerOnePage() {
		return new SampleInvoice().seller(STEINER).buyer(OHLSEN).number("WS-260402").issueDate(date(4, 2))
				.deliveryDate(date(4, 1)).dueDate(date(5, 2)).customerNumber("D-21577")
				.purchaseOrderReference("Bestellung vom 27.03.2026").lines(pick(Catalog.tools(), 8, 1, 6))
				.cashDiscount(new CashDiscountTerm(percent("2"), 14, null));
	}

	/** Hotel: room at 7 %, breakfast and parking at 19 %, already paid by card so nothing is due. */
	SampleInvoice hotelPaid() {
		int nights = 3;
		SampleInvoice invoice = new SampleInvoice().seller(ALTE_POST).buyer(BERGER.withContact("Herrn Lukas Berger"))
				.number("H-2026-03-1182").issueDate(date(3, 19)).deliveryDate(date(3, 19)).customerNumber("Zimmer 214")
				.line(Catalog.ROOM.times(nights)).line(Catalog.BREAKFAST.times(nights)).line(Catalog.PARKING.times(nights))
				.line(Catalog.MINIBAR.times(1));
		return invoice.deduction(new Deduction("bezahlt, VISA **** 4417", invoice.totals().gross()))
				.note("Aufenthalt vom 16.03.2026 bis 19.03.2026, Zahlung per Kreditkarte am 19.03.2026. Vielen Dank für Ihren Besuch!");
	}

	/** English invoice from a German company, US date style, PO number. */
	SampleInvoice lumenEnglish() {
		List<Item> a = Catalog.ANALYTICS;
		return new SampleInvoice().seller(LUMEN).buyer(BOHNENGLUECK.withContact("Finance Department"))
				.lang(Lang.EN_US).dateStyle(DateStyle.LONG).title("Invoice").number("INV-10452").issueDate(date(3, 15))
				.deliveryDate(date(3, 13)).dueDate(date(4, 14)).purchaseOrderReference("PO-2026-0042")
				.line(a.get(0).times(1)).line(a.get(1).times(12)).line(a.get(2).times(1));
	}

	/** English credit note, US number format. */
	SampleInvoice lumenCredit() {
		List<Item> a = Catalog.ANALYTICS;
		return new SampleInvoice().seller(LUMEN).buyer(BOHNENGLUECK).lang(Lang.EN_US).title("Credit Note")
				.number("CN-2026-007").issueDate(date(4, 2)).correctedInvoice("INV-10452")
				.line(a.get(1).times(2).negated()).note("Credit for two hours not used. The amount will be refunded.");
	}

	/** English invoice for a scan, with Skonto ("discount"). */
	SampleInvoice lumenWorkshop() {
		List<Item> a = Catalog.ANALYTICS;
		return new SampleInvoice().seller(LUMEN).buyer(BERGER).lang(Lang.EN_US).title("Invoice").number("INV-10517")
				.issueDate(date(4, 10)).deliveryDate(date(4, 9)).dueDate(date(5, 10))
				.line(a.get(3).times(1)).line(a.get(1).times(6)).line(a.get(2).times(1))
				.cashDiscount(new CashDiscountTerm(percent("2"), 10, null));
	}

	/** British supplier: GBP, reverse charge at 0 %, British dates, no German tax number. */
	SampleInvoice northbridgeReverseCharge() {
		List<Item> c = Catalog.CONSULTING;
		return new SampleInvoice().seller(NORTHBRIDGE).buyer(BERGER).lang(Lang.EN_GB).title("Invoice")
				.number("NBC-2026-031").issueDate(date(3, 15)).deliveryDate(date(3, 12)).dueDate(date(4, 14))
				.currency("GBP").purchaseOrderReference("PO-2026-0044")
				.line(c.get(0).times(2)).line(c.get(1).times(1)).line(c.get(2).times(1))
				.note("Reverse charge: VAT to be accounted for by the recipient (Article 196, Council Directive 2006/112/EC).");
	}

	/** British supplier at 150 dpi. */
	SampleInvoice northbridgeFollowUp() {
		List<Item> c = Catalog.CONSULTING;
		return new SampleInvoice().seller(NORTHBRIDGE).buyer(BERGER).lang(Lang.EN_GB).dateStyle(DateStyle.LONG)
				.title("Invoice").number("NBC-2026-047").issueDate(date(4, 20)).deliveryDate(date(4, 16))
				.dueDate(date(5, 20)).currency("GBP").line(c.get(0).times(1)).line(c.get(2).times(1))
				.note("Reverse charge: VAT to be accounted for by the recipient (Article 196, Council Directive 2006/112/EC).");
	}

	/** §33 UStDV receipt: no recipient, no number, gross prices, only the contained tax. */
	SampleInvoice copyShopReceipt() {
		List<Item> c = Catalog.COPY_SHOP;
		return new SampleInvoice().seller(COPY_UND_CO).issueDate(date(3, 14)).grossPrices(true).netTotalShown(false)
				.line(c.get(0).times(between(80, 160))).line(c.get(1).times(between(10, 30))).line(c.get(2).times(2))
				.line(c.get(3).times(4));
	}

	/** §33 receipt paid by card with a number and the full tax table, for a scan of faded paper. */
	SampleInvoice copyShopCardReceipt() {
		List<Item> c = Catalog.COPY_SHOP;
		return new SampleInvoice().seller(COPY_UND_CO).number("0815-2291").issueDate(date(4, 7)).grossPrices(true)
				.line(c.get(4).times(3)).line(c.get(1).times(between(20, 40)));
	}

	/** Bakery till receipt photographed with a phone: gross prices, tax rate printed without amounts. */
	SampleInvoice bakeryReceipt() {
		List<Item> b = Catalog.BAKERY;
		return new SampleInvoice().seller(KORNBLUME.withoutBank()).issueDate(date(3, 26)).grossPrices(true).netTotalShown(false)
				.taxShown(false).line(b.get(0).times(24)).line(b.get(1).times(10)).line(b.get(3).times(1));
	}

	/** Small invoice under 250 EUR with a number but no recipient, net prices. */
	SampleInvoice bikeSmallInvoice() {
		List<Item> b = Catalog.BIKE;
		return new SampleInvoice().seller(SPEICHE).number("2026-0419").issueDate(date(4, 11)).deliveryDate(date(4, 11))
				.line(b.get(0).times(1)).line(b.get(1).times(2)).line(b.get(2).times(1)).line(b.get(3).times("0.25"));
	}

	/** Another small bike shop invoice, delivered as a PNG file that is named .pdf. */
	SampleInvoice bikeMisnamed() {
		List<Item> b = Catalog.BIKE;
		return new SampleInvoice().seller(SPEICHE).number("2026-0433").issueDate(date(4, 17)).deliveryDate(date(4, 16))
				.line(b.get(4).times(2)).line(b.get(3).times("0.5"));
	}

	/** Final invoice with a down payment deducted: payable differs from gross. */
	SampleInvoice vogtFinalInvoice() {
		List<Item> p = Catalog.PAINTER;
		return new SampleInvoice().seller(VOGT).buyer(BERGER).title("Schlussrechnung").number("2026-047")
				.issueDate(date(3, 23)).deliveryDate(date(3, 20)).dueDate(date(4, 6)).customerNumber("K-0815")
				.buyerReference("Umbau Ausstellungsraum")
				.line(p.get(0).times(1)).line(p.get(1).times("7.5")).line(p.get(2).times("112.5"))
				.line(p.get(3).times(46)).line(p.get(4).times(6))
				.deduction(new Deduction("Abschlag vom 16.02.2026", new BigDecimal("1500.00")))
				.note("Die Abschlagsrechnung 2026-031 vom 16.02.2026 über 1.500,00 EUR (brutto) ist abgezogen.");
	}

	/** Tax adviser: tax number only, payable at once. */
	SampleInvoice weidmannTaxAdvice() {
		List<Item> t = Catalog.TAX_ADVICE;
		return new SampleInvoice().seller(WEIDMANN).buyer(BERGER).number("2026/0412").issueDate(date(4, 7))
				.deliveryDate(date(3, 31)).dueDate(date(4, 7)).customerNumber("Mandant 10233")
				.line(t.get(0).times(14)).line(t.get(1).times(1)).line(t.get(2).times(1)).line(t.get(3).times(1));
	}

	/** Tax adviser for a scan, other client. */
	SampleInvoice weidmannOtherClient() {
		List<Item> t = Catalog.TAX_ADVICE;
		return new SampleInvoice().seller(WEIDMANN).buyer(HUBER).number("2026/0398").issueDate(date(4, 6))
				.deliveryDate(date(3, 31)).dueDate(date(4, 20)).customerNumber("Mandant 10871")
				.line(t.get(0).times(6)).line(t.get(2).times(1)).line(t.get(3).times(1));
	}

	/** Correction of an earlier invoice with negative totals. */
	SampleInvoice petersenCorrection() {
		List<Item> h = Catalog.HEATING;
		return new SampleInvoice().seller(PETERSEN).buyer(OHLSEN).title("Rechnungskorrektur").number("RK-2026-0009")
				.issueDate(date(3, 30)).correctedInvoice("2026-0311 vom 12.03.2026").customerNumber("5521")
				.line(h.get(0).times(1).negated()).line(h.get(1).times(1).negated())
				.note("Die Wartung wurde in der Rechnung 2026-0311 irrtümlich doppelt berechnet.");
	}

	/** Heating service with Skonto in days and date, for a scan. */
	SampleInvoice petersenService() {
		List<Item> h = Catalog.HEATING;
		return new SampleInvoice().seller(PETERSEN).buyer(OHLSEN).number("2026-0388").issueDate(date(4, 14))
				.deliveryDate(date(4, 13)).dueDate(date(5, 14)).customerNumber("5521")
				.line(h.get(0).times(1)).line(h.get(1).times(1)).line(h.get(2).times(1)).line(h.get(4).times("1.5"))
				.cashDiscount(new CashDiscountTerm(percent("3"), 7, date(4, 21)));
	}

	/** Cleaning contract, one rate, "Ihr Zeichen" reference. */
	SampleInvoice bergkristallCleaning() {
		List<Item> c = Catalog.CLEANING;
		return new SampleInvoice().seller(BERGKRISTALL).buyer(BOHNENGLUECK).number("BK-2026-1204")
				.issueDate(date(3, 31)).deliveryDate(date(3, 31)).dueDate(date(4, 14)).customerNumber("KD 7340")
				.purchaseOrderReference("Rahmenvertrag RV-2025-11").buyerReference("Fr. Özdemir")
				.line(c.get(0).times(1)).line(c.get(1).times(85)).line(c.get(2).times(3)).line(c.get(3).times(1));
	}

	/** Wine with Skonto in days and date, label-above-value band. */
	SampleInvoice taubertalWine() {
		List<Item> w = Catalog.WINE;
		return new SampleInvoice().seller(TAUBERTAL).buyer(HUBER).number("WT-26-00561").issueDate(date(3, 2))
				.deliveryDate(date(2, 27)).dueDate(date(4, 1)).customerNumber("H-1188")
				.line(w.get(0).times(24)).line(w.get(1).times(12)).line(w.get(2).times(12)).line(w.get(4).times(1))
				.cashDiscount(new CashDiscountTerm(percent("2"), 10, date(3, 12)));
	}

	/** Freight with delivery note and order numbers that look like invoice numbers. */
	SampleInvoice hartmannFreight() {
		List<Item> f = Catalog.FREIGHT;
		return new SampleInvoice().seller(HARTMANN).buyer(BERGER).number("FR-2026-004471").issueDate(date(3, 6))
				.deliveryDate(date(3, 4)).dueDate(date(3, 20)).customerNumber("100245").deliveryNoteNumber("SDG-4711-2203")
				.purchaseOrderReference("PO-2026-0029").line(f.get(0).times(1)).line(f.get(1).times(1))
				.line(f.get(2).times(6)).line(f.get(3).times(1));
	}

	/** Freight, scanned upside down. */
	SampleInvoice hartmannUpsideDown() {
		List<Item> f = Catalog.FREIGHT;
		return new SampleInvoice().seller(HARTMANN).buyer(BOHNENGLUECK).number("FR-2026-004532")
				.issueDate(date(3, 13)).deliveryDate(date(3, 12)).dueDate(date(3, 27)).customerNumber("100388")
				.purchaseOrderReference("B-26-118").line(f.get(0).times(1)).line(f.get(4).times(1))
				.line(f.get(5).times(3)).line(f.get(2).times(6));
	}

	/** Nursery: plants at 7 %, mulch and work at 19 %. */
	SampleInvoice lindenhofGarden() {
		List<Item> n = Catalog.NURSERY;
		return new SampleInvoice().seller(LINDENHOF).buyer(BERGER).number("LH-2026-077").issueDate(date(4, 15))
				.deliveryDate(date(4, 10)).dueDate(date(4, 29)).customerNumber("212").buyerReference("Außenanlage Nord")
				.line(n.get(0).times(24)).line(n.get(1).times(36)).line(n.get(3).times(15)).line(n.get(4).times(9))
				.line(n.get(5).times(1));
	}

	/** Nursery hedge planting, for the PNG scan. */
	SampleInvoice lindenhofHedge() {
		List<Item> n = Catalog.NURSERY;
		return new SampleInvoice().seller(LINDENHOF).buyer(HUBER).number("LH-2026-081").issueDate(date(4, 21))
				.deliveryDate(date(4, 18)).dueDate(date(5, 5)).customerNumber("240")
				.line(n.get(2).times(60)).line(n.get(4).times(6)).line(n.get(5).times(1));
	}

	/** Bakery catering, mixed rates, for the CII e-invoice. */
	SampleInvoice kornblumeCatering() {
		List<Item> b = Catalog.BAKERY;
		return new SampleInvoice().seller(KORNBLUME.withContact("Josef Kornmüller")).buyer(BOHNENGLUECK)
				.number("KB-2026-0233").issueDate(date(3, 27)).deliveryDate(date(3, 26)).dueDate(date(4, 10))
				.buyerReference("Betriebsfeier 26.03.")
				.line(b.get(0).times(60)).line(b.get(1).times(40)).line(b.get(2).times(3)).line(b.get(4).times(4))
				.line(b.get(5).times(1));
	}

	/** Public buyer: XRechnung with a Leitweg-ID as buyer reference. */
	SampleInvoice nordlichtForTown() {
		List<Item> it = Catalog.IT;
		return new SampleInvoice().seller(NORDLICHT).buyer(TALBRUECK).number("NL-26-0415").issueDate(date(3, 31))
				.deliveryDate(date(3, 31)).dueDate(date(4, 30)).buyerReference("05-1-7-07654321-12-90")
				.purchaseOrderReference("BV-2026-118")
				.line(it.get(4).times(1)).line(it.get(5).times(1)).line(it.get(6).times(38));
	}

	/** Freight e-invoice with Skonto. */
	SampleInvoice hartmannEInvoice() {
		List<Item> f = Catalog.FREIGHT;
		return new SampleInvoice().seller(HARTMANN).buyer(BERGER).number("FR-2026-004610").issueDate(date(3, 20))
				.deliveryDate(date(3, 19)).dueDate(date(4, 19)).buyerReference("Lager Göttingen")
				.purchaseOrderReference("PO-2026-0051").line(f.get(0).times(1)).line(f.get(1).times(1))
				.line(f.get(5).times(2)).cashDiscount(new CashDiscountTerm(percent("2"), 10, null));
	}

	/** Cleaning e-invoice. */
	SampleInvoice bergkristallEInvoice() {
		List<Item> c = Catalog.CLEANING;
		return new SampleInvoice().seller(BERGKRISTALL).buyer(BOHNENGLUECK).number("BK-2026-1241")
				.issueDate(date(4, 30)).deliveryDate(date(4, 30)).dueDate(date(5, 14)).buyerReference("Fr. Özdemir")
				.purchaseOrderReference("Rahmenvertrag RV-2025-11").line(c.get(0).times(1)).line(c.get(3).times(1));
	}

	/** A corrected invoice (type 384) with negative amounts, in UBL. */
	SampleInvoice bergkristallCorrection() {
		List<Item> c = Catalog.CLEANING;
		return new SampleInvoice().seller(BERGKRISTALL).buyer(BOHNENGLUECK).title("Rechnungskorrektur")
				.number("BK-2026-1262").issueDate(date(5, 6)).deliveryDate(date(4, 30)).buyerReference("Fr. Özdemir")
				.correctedInvoice("BK-2026-1241").line(c.get(3).times(1).negated());
	}

	/** Electrician e-invoice to the town, tax number only. */
	SampleInvoice kesslerForTown() {
		List<Item> e = Catalog.ELECTRICIAN;
		return new SampleInvoice().seller(KESSLER.withContact("Markus Kessler")).buyer(TALBRUECK).number("2026-140")
				.issueDate(date(4, 9)).deliveryDate(date(4, 8)).dueDate(date(4, 23))
				.buyerReference("05-1-7-07654321-12-90").purchaseOrderReference("BV-2026-131")
				.line(e.get(1).times("4.5")).line(e.get(9).times(64)).line(e.get(2).times(1));
	}

	/** Wine e-invoice with Skonto in days. */
	SampleInvoice taubertalEInvoice() {
		List<Item> w = Catalog.WINE;
		return new SampleInvoice().seller(TAUBERTAL.withContact("Versand")).buyer(HUBER).number("WT-26-00602")
				.issueDate(date(3, 16)).deliveryDate(date(3, 13)).dueDate(date(4, 15)).buyerReference("H-1188")
				.line(w.get(0).times(36)).line(w.get(3).times(6)).line(w.get(4).times(1))
				.cashDiscount(new CashDiscountTerm(percent("2"), 10, null));
	}

	/** Electricity bill: four-decimal unit price, monthly advance payments deducted. */
	SampleInvoice rheinkraftElectricity() {
		List<Item> e = Catalog.ENERGY;
		SampleInvoice invoice = new SampleInvoice().seller(RHEINKRAFT).buyer(BERGER).title("Stromrechnung")
				.number("SR-2026-0221784").issueDate(date(3, 5)).deliveryDate(date(2, 28)).dueDate(date(3, 19))
				.customerNumber("Vertragskonto 8100-447190")
				.line(e.get(0).times(4312)).line(e.get(1).times(1)).line(e.get(2).times(1));
		return invoice.deduction(new Deduction("geleisteter Abschlag Februar 2026", new BigDecimal("1100.00")));
	}

	/** ZUGFeRD from an office supplier, Skonto in days. */
	SampleInvoice brandtEInvoice() {
		return new SampleInvoice().seller(BRANDT).buyer(BERGER).number("RE-2026-0231").issueDate(date(4, 13))
				.deliveryDate(date(4, 10)).dueDate(date(5, 13)).customerNumber("K-10482")
				.purchaseOrderReference("PO-2026-0057").lines(pick(Catalog.OFFICE, 5, 1, 10))
				.cashDiscount(new CashDiscountTerm(percent("2"), 10, null));
	}

	/** Bench filler: a painter's interim invoice. */
	SampleInvoice vogtInterim() {
		List<Item> p = Catalog.PAINTER;
		return new SampleInvoice().seller(VOGT).buyer(HUBER).title("Rechnung").number("2026-052")
				.issueDate(date(4, 3)).deliveryDate(date(4, 1)).dueDate(date(4, 17)).customerNumber("K-0902")
				.line(p.get(0).times(1)).line(p.get(2).times("64.5")).line(p.get(3).times(22));
	}
}
