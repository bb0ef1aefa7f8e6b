package de.kmuflow.suppliermemory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.InvoiceExtractor;
import de.kmuflow.extraction.InvoiceField;
import de.kmuflow.extraction.ReadDocument;
import de.kmuflow.samples.Ids;
import de.kmuflow.suppliermemory.internal.SupplierInvoices.Invoice;
import de.kmuflow.suppliermemory.internal.SupplierInvoices.Style;
import de.kmuflow.suppliermemory.internal.SupplierInvoices.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Three invoices of each of thirteen suppliers whose layouts the generic reader gets wrong, read
 * through the application's extractor (generic reader, then supplier memory) and corrected by a
 * clerk after each: what the clerk corrected on the first is read right on the second and third. One
 * supplier changes its layout for the third invoice; two suppliers share a name.
 */
@SpringBootTest
@ActiveProfiles("test")
class SupplierMemoryTest {

	/** The fields a clerk checks on every invoice: the core fields and the bookkeeping defaults. */
	private static final List<String> CHECKED = List.of("invoiceNumber", "issueDate", "sellerName", "sellerVatId",
			"sellerIban", "netTotal", "taxTotal", "grossTotal", "invoiceCategory", "costCentre");

	private static final List<String> CORE = CHECKED.subList(0, 8);

	@Autowired
	InvoiceExtractor extractor;

	@Autowired
	SupplierMemoryService memory;

	/** The application context is shared with other tests: what was learned here is forgotten after. */
	@AfterEach
	void forgetAll() {
		memory.all().forEach(learned -> memory.forget(learned.id, "test"));
	}

	static final Style CHANGED = new Style("Rechnung", "Belegschlüssel", "AD %d", "Rechnungstag", "dd.MM.yyyy", false,
			"Netto", "USt 19 %", "Brutto", "USt-IdNr.", "IBAN", true, 300, 150, false, null);

	static List<Supplier> suppliers() {
		List<Supplier> suppliers = new ArrayList<>();
		suppliers.add(supplier("Holzbau Kramer GmbH", "10000001", "Waldweg 3", "79098 Freiburg", "Material", "KST-100",
				new Style("Rechnung", "Vorgang", "VG-%05d", "Erstellt", "dd.MM.yyyy", false, "Warenwert", "Aufschlag 19 %",
						"Endpreis", "Ident", "Konto", false, 330, 130, false, "Auftrag %d vom %s")));
		suppliers.add(supplier("Elektro Sommer KG", "10000002", "Ampereweg 1", "50667 Köln", "Wartung", "KST-200",
				new Style("Rechnung", "Beleg-Kennung", "ES%d/26", "Ausgabetag", "d. MMMM yyyy", false, "Positionen",
						"Steueranteil", "Zielbetrag", "Steuerkennung", "Bankverbindung", true, 300, 130, false, null)));
		suppliers.add(supplier("Bürobedarf Lang e.K.", "10000003", "Papiergasse 9", "90402 Nürnberg", "Büro", "KST-300",
				new Style("Beleg", "Unser Zeichen", "BL/%d/26", "Stand", "yyyy-MM-dd", true, "Zwischenwert", "Abgabe",
						"Endsumme", "Steuer-Ident", "Konto", false, 330, 130, false, "Lieferschein %d vom %s")));
		suppliers.add(supplier("Metallwerk Vogt AG", "10000004", "Hüttenstraße 40", "44137 Dortmund", "Material",
				"KST-110", new Style("Rechnung", "Kennziffer", "%d", "Ausgefertigt", "dd/MM/yyyy", false, "Warenwert",
						"zzgl. 19 %", "Summe", "Ident-Nr.", "Konto", false, 330, 130, true, "Angebot %d vom %s")));
		suppliers.add(supplier("Druckerei Haas", "10000005", "Letternweg 2", "04109 Leipzig", "Werbung", "KST-400",
				new Style("Rechnung", "Auftragszeichen", "DH-%d", "Druckdatum", "dd.MM.yy", false, "Betrag ohne Steuer",
						"Steuer", "Betrag mit Steuer", "Steuer-Ident", "Konto", true, 50, 240, false, null)));
		suppliers.add(supplier("Fliesen Berger GmbH", "10000006", "Kachelring 12", "70173 Stuttgart", "Material",
				"KST-120", new Style("Faktura", "Faktura", "F%06d", "vom", "dd.MM.yyyy", false, "Nettowert", "Steuer 19 %",
						"Gesamt", "Ident", "Konto", false, 330, 130, false, "Lieferschein LS-%d vom %s")));
		suppliers.add(supplier("Gartenbau Roth", "10000007", "Rosenweg 5", "28195 Bremen", "Grünpflege", "KST-500",
				new Style("Rechnung", "Ref", "GR-%d", "Dated", "en:MMMM d, yyyy", true, "Sum", "Levy", "To pay",
						"Tax ID", "Account", false, 330, 130, false, null)));
		suppliers.add(supplier("Schreinerei Keller", "10000008", "Hobelweg 8", "93047 Regensburg", "Ausstattung",
				"KST-600", new Style("Rechnung", "Ihre Abrechnung", "K-%d-A", "Datiert", "dd-MM-yyyy", false, "Netto",
						"19 % darauf", "Zu überweisen", "Ident", "Konto", false, 330, 130, false, "Bestellung %d vom %s")));
		suppliers.add(supplier("Reinigung Blank GmbH", "10000009", "Glanzstraße 1", "01067 Dresden", "Reinigung",
				"KST-700", new Style("Abrechnung", "Abrechnungsnummer", "RB%d", "Abrechnungstag", "dd.MM.yyyy", false,
						"Leistungswert", "Steuer", "Gesamtforderung", "Steuer-Nr. (EU)", "Bank", true, 330, 120, false,
						"Objekt %d, Reinigung seit %s")));
		suppliers.add(supplier("Autohaus Brandt", "10000010", "Motorweg 77", "38440 Wolfsburg", "Fuhrpark", "KST-800",
				new Style("Rechnung", "Vorgangs-ID", "AB%d-W", "Tag", "dd.MM.yyyy", false, "Teile und Lohn", "MwSt.",
						"Forderung", "Ident", "Konto", false, 330, 130, true, "Auftrag %d angenommen am %s")));
		// two suppliers of the same name: different VAT IDs, banks and layouts
		suppliers.add(supplier("Schmidt GmbH", "10000011", "Nordstraße 1", "20095 Hamburg", "Material", "KST-130",
				new Style("Rechnung", "Vorgang", "SN-%d", "Erstellt", "dd.MM.yyyy", false, "Warenwert", "Aufschlag",
						"Endpreis", "Ident", "Konto", false, 330, 130, false, "Auftrag %d vom %s")));
		suppliers.add(supplier("Schmidt GmbH", "10000012", "Südstraße 2", "80331 München", "Beratung", "KST-900",
				new Style("Rechnung", "Aktenzeichen", "S-%d-M", "Ausgabetag", "dd/MM/yyyy", false, "Honorar", "Steuer",
						"Gesamt", "Steuer-Ident", "Bank", true, 300, 130, false, "Mandat %d seit %s")));
		// changes its layout for the third invoice: what was learned must not read garbage there
		Style before = new Style("Honorarnote", "Notennummer", "HN-%d", "Ausgestellt", "dd.MM.yyyy", false,
				"Honorar netto", "Steuer", "Honorar gesamt", "Ident", "Konto", false, 330, 130, false, "Akte %d seit %s");
		suppliers.add(new Supplier("Kanzlei Adler", Ids.germanVatId("10000013"), iban(13), "Am Markt 1",
				"60311 Frankfurt", "Beratung", "KST-910", List.of(before, before, CHANGED)));
		return suppliers;
	}

	private static Supplier supplier(String name, String vatDigits, String street, String city, String category,
			String costCentre, Style style) {
		return new Supplier(name, Ids.germanVatId(vatDigits), iban(Integer.parseInt(vatDigits) % 100), street, city,
				category, costCentre, List.of(style));
	}

	private static String iban(int n) {
		return Ids.germanIban("370400" + String.format("%02d", n), "05320130" + String.format("%02d", n));
	}

	@Test
	void correctionsOnTheFirstInvoiceAreReadRightOnTheNext() throws Exception {
		List<Supplier> suppliers = suppliers();
		Map<Supplier, int[]> corrections = new LinkedHashMap<>();
		Map<Supplier, int[]> coreCorrections = new LinkedHashMap<>();
		suppliers.forEach(s -> corrections.put(s, new int[3]));
		suppliers.forEach(s -> coreCorrections.put(s, new int[3]));
		Supplier changing = suppliers.get(suppliers.size() - 1);
		for (int sequence = 1; sequence <= 3; sequence++) {
			for (Supplier supplier : suppliers) {
				Invoice invoice = SupplierInvoices.invoice(supplier, sequence);
				ReadDocument generic = extractor.read(invoice.pdf());
				ExtractedInvoice read = extractor.extract(invoice.pdf());
				Map<String, String> current = values(read);
				if (sequence == 1) {
					assertThat(wrong(values(generic.invoice()), invoice.truth(), CORE))
						.as("the generic reader gets a core field of %s wrong", supplier.name()).isNotEmpty();
					assertThat(read.provenance()).as("nothing learned yet for %s", supplier.name()).isEmpty();
				}
				// whatever memory read is right; where it found nothing, the generic value stands
				read.provenance().keySet().forEach(field -> assertThat(current.get(field))
					.as("%s of %s invoice %d from memory", field, supplier.name(), invoice.sequence())
					.satisfies(value -> assertThat(same(field, value, invoice.truth().get(field))).isTrue()));
				Map<String, String> genericValues = values(generic.invoice());
				CORE.stream().filter(field -> !read.provenance().containsKey(field)).forEach(field ->
						assertThat(current.get(field)).as("%s of %s stays as generically read", field, supplier.name())
							.isEqualTo(genericValues.get(field)));
				read.provenance().keySet().forEach(field -> {
					assertThat(read.provenance().get(field)).isEqualTo(ExtractedInvoice.SUPPLIER_MEMORY);
					assertThat(read.confidence().get(field)).isEqualTo(SupplierMemoryService.MEMORY_CONFIDENCE);
				});

				if (supplier == changing && sequence == 3) {
					// the changed layout: the labels learned before are gone, so those rules read nothing there
					assertThat(learnedLayout(supplier)).isNotEmpty().allSatisfy(rule -> {
						assertThat(rule.missed).as(rule.field).isPositive();
						assertThat(read.provenance()).doesNotContainKey(rule.field);
					});
				}
				List<String> wrong = wrong(current, invoice.truth(), CHECKED);
				corrections.get(supplier)[sequence - 1] = wrong.size();
				coreCorrections.get(supplier)[sequence - 1] = wrong(current, invoice.truth(), CORE).size();
				// the clerk corrects them; the memory learns from the document as printed
				SupplierIdentity reviewed = new SupplierIdentity(supplier.vatId(), supplier.iban(), supplier.name());
				UUID document = UUID.randomUUID();
				for (String field : wrong) {
					memory.learn(new SupplierMemoryService.Correction(document, generic.lines(), reviewed, field,
							invoice.truth().get(field), "clara"));
				}
			}
		}
		int[] total = new int[3];
		int[] core = new int[3];
		StringBuilder table = new StringBuilder("\nKorrekturen je Rechnung (Kernfelder + Buchungsvorgaben | davon Kernfelder)\n");
		table.append(String.format("%-28s %-12s %9s %9s %9s%n", "Lieferant", "USt-IdNr.", "1.", "2.", "3."));
		for (Supplier supplier : suppliers) {
			int[] all = corrections.get(supplier);
			int[] ofCore = coreCorrections.get(supplier);
			table.append(String.format("%-28s %-12s %5d|%-3d %5d|%-3d %5d|%-3d%n", supplier.name(), supplier.vatId(),
					all[0], ofCore[0], all[1], ofCore[1], all[2], ofCore[2]));
			for (int i = 0; i < 3; i++) {
				total[i] += all[i];
				core[i] += ofCore[i];
			}
		}
		table.append(String.format("%-41s %5d|%-3d %5d|%-3d %5d|%-3d%n", "Summe", total[0], core[0], total[1], core[1],
				total[2], core[2]));
		table.append(String.format("Weniger auf der dritten Rechnung: %.0f %% (Kernfelder: %.0f %%)%n",
				100.0 * (total[0] - total[2]) / total[0], 100.0 * (core[0] - core[2]) / core[0]));
		table.append("\nGelernt (Feld: Platzierung, Label, Format; gelesen/verfehlt):\n");
		for (SupplierMemoryEntity learned : memory.all()) {
			table.append(learned.name).append(" (").append(learned.vatId).append(")\n");
			learned.rules.forEach(rule -> table.append(String.format("  %-16s %-15s %-26s %-16s %d/%d%n", rule.field,
					rule.placement, rule.label, rule.valueFormat, rule.applied, rule.missed)));
		}
		System.out.println(table);

		assertThat(total[2]).as(table.toString()).isLessThanOrEqualTo(total[0] / 5);
		assertThat(core[2]).as(table.toString()).isLessThanOrEqualTo(core[0] / 5);
		// the two suppliers of one name each learned on their own
		List<SupplierMemoryEntity> schmidt = memory.all().stream().filter(m -> "Schmidt GmbH".equals(m.name)).toList();
		assertThat(schmidt).hasSize(2);
		assertThat(schmidt).extracting(m -> m.vatId).doesNotHaveDuplicates();
	}

	/** The rules of a supplier that read a varying value by its label or place. */
	private List<LearnedRuleEntity> learnedLayout(Supplier supplier) {
		return memory.all().stream().filter(m -> supplier.vatId().equals(m.vatId)).flatMap(m -> m.rules.stream())
			.filter(rule -> rule.placement != Rule.Placement.NOT_PRINTED
					&& MemoryField.byKey(rule.field).orElseThrow().kind != MemoryField.Kind.SUPPLIER_DATA)
			.toList();
	}

	private static List<String> wrong(Map<String, String> read, Map<String, String> truth, List<String> fields) {
		return fields.stream().filter(field -> !same(field, read.get(field), truth.get(field))).toList();
	}

	private static boolean same(String field, String read, String truth) {
		if (read == null || truth == null) {
			return read == null && truth == null;
		}
		if (field.endsWith("Total")) {
			return new BigDecimal(read).compareTo(new BigDecimal(truth)) == 0;
		}
		return read.strip().equals(truth.strip());
	}

	private static Map<String, String> values(ExtractedInvoice invoice) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("invoiceNumber", invoice.invoiceNumber());
		values.put("issueDate", invoice.issueDate() == null ? null : invoice.issueDate().toString());
		values.put("sellerName", invoice.sellerName());
		values.put("sellerVatId", invoice.sellerVatId());
		values.put("sellerIban", invoice.sellerIban());
		values.put("netTotal", invoice.netTotal() == null ? null : invoice.netTotal().toPlainString());
		values.put("taxTotal", invoice.taxTotal() == null ? null : invoice.taxTotal().toPlainString());
		values.put("grossTotal", invoice.grossTotal() == null ? null : invoice.grossTotal().toPlainString());
		values.put("invoiceCategory", invoice.get(InvoiceField.CATEGORY));
		values.put("costCentre", invoice.get(InvoiceField.COST_CENTRE));
		return values;
	}
}
