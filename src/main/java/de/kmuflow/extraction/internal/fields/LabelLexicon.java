package de.kmuflow.extraction.internal.fields;

import static de.kmuflow.extraction.internal.fields.LabelKind.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The labels invoices print in front of their values, in German and English, with French and
 * Dutch as extras, each with a strength (how surely it names its field). One entry "Rechnungs Nr"
 * covers "Rechnungs-Nr.:", "Rechnungsnr" and "Rechnungs Nr" (see {@link PhraseMatcher}). Unknown
 * text ending in a colon counts as a label too, so that it claims the value after it.
 */
final class LabelLexicon {

	private static final Pattern WEB_OR_MAIL = Pattern.compile("@|\\.[a-z]{2,4}(/|$)");

	private final PhraseMatcher<LabelKind> phrases = new PhraseMatcher<>();

	LabelLexicon() {
		add(INVOICE_NUMBER, 1.0, "Rechnungsnummer", "Rechnungs Nr", "Rechnung Nr", "Rechnungs Nummer", "Rechnung Nummer",
				"Rechnungs No", "Invoice number", "Invoice No", "Invoice Nr", "Invoice ID", "Inv No", "Numero de facture",
				"N de facture", "Facture n", "Facture No", "Factuurnummer", "Factuur nr", "Factuur nummer",
				"Gutschriftsnummer", "Gutschrift Nr", "Gutschrifts Nr", "Credit note number", "Credit note No",
				"Rechnungskorrektur Nr", "Stornorechnung Nr", "Korrekturrechnung Nr");
		add(INVOICE_NUMBER, 0.9, "Re Nr", "Rg Nr", "Rech Nr", "Rechn Nr", "Re Nummer", "Rg Nummer", "Beleg Nr",
				"Belegnummer", "Beleg Nummer", "Bill No", "Bill number");
		add(INVOICE_NUMBER, 0.6, "Dokumentnummer", "Dokument Nr", "Document No", "Document number", "Vorgangsnummer");
		add(INVOICE_NUMBER, 0.35, "Nr", "Nummer", "No", "Number", "Nummer der Rechnung");
		add(DOCUMENT_TITLE, 0.55, "Rechnung", "Invoice", "Facture", "Factuur", "Gutschrift", "Credit note",
				"Rechnungskorrektur", "Stornorechnung", "Schlussrechnung", "Abschlagsrechnung", "Teilrechnung", "Tax invoice",
				"Handelsrechnung", "Sammelrechnung", "Kostenrechnung", "Endrechnung", "Gesamtrechnung", "Einzelrechnung",
				"Monatsrechnung", "Korrekturrechnung", "Teilschlussrechnung", "Vorauszahlungsrechnung",
				"Commercial invoice", "Credit memo", "Corrected invoice", "Avoir");

		add(ISSUE_DATE, 1.0, "Rechnungsdatum", "Rechnungs Datum", "Invoice date", "Date of invoice", "Issue date",
				"Date of issue", "Ausstellungsdatum", "Date de facture", "Date de facturation", "Factuurdatum",
				"Datum der Rechnung", "Gutschriftsdatum", "Rechnung vom", "Invoice dated", "Date facture");
		add(ISSUE_DATE, 0.9, "Belegdatum", "Re Datum", "Rg Datum", "Beleg Datum", "Ausgestellt am");
		add(ISSUE_DATE, 0.7, "Datum", "Date", "Dated", "Datum Rechnung");
		add(ISSUE_DATE, 0.45, "vom", "den");

		add(DUE_DATE, 1.0, "Faellig am", "Faelligkeitsdatum", "Faelligkeit", "Zahlbar bis", "Zahlbar bis zum",
				"Zahlbar am", "Due date", "Payment due", "Payment due date", "Due by", "Payable by", "Pay by",
				"Date d echeance", "Echeance", "Vervaldatum", "Uiterste betaaldatum", "Zahlungstermin",
				"ohne Abzug bis", "ohne Abzug bis zum", "zahlbar ohne Abzug bis", "faellig bis", "Faellig zum",
				"Zahlungsziel bis", "Please pay by", "Betaal voor", "Please remit until", "Remit by", "Payable until");
		add(DUE_DATE, 0.8, "Zahlungsziel", "faellig", "netto bis", "Netto bis zum", "Due");
		add(DUE_DATE, 0.7, "spaetestens bis", "bis spaetestens", "spaetestens am", "bis spaetestens zum", "Zahlungsfrist");
		add(DUE_DATE, 0.4, "bis zum", "bis");

		add(DELIVERY_DATE, 1.0, "Leistungsdatum", "Lieferdatum", "Leistungszeitpunkt", "Datum der Lieferung",
				"Datum der Leistung", "Liefer Leistungsdatum", "Leistungs Lieferdatum", "Liefer und Leistungsdatum",
				"Delivery date", "Date of delivery", "Date of supply", "Service date", "Date of service", "Supply date",
				"Date de livraison", "Leverdatum", "Leveringsdatum", "Ausfuehrungsdatum", "Tag der Lieferung",
				"Tag der Leistung", "Leistungserbringung", "Leistungs Datum", "Liefer Datum");
		add(DELIVERY_DATE, 0.8, "Lieferung am", "Leistung am", "geliefert am", "ausgeliefert am", "Leistungszeitraum",
				"Lieferzeitraum", "Service period", "Abrechnungszeitraum", "Berechnungszeitraum", "Zeitraum");
		add(DELIVERY_DATE, 0.6, "Liefertermin", "Versanddatum", "Leistungsmonat", "Lieferung", "Leistung");

		add(VAT_ID, 1.0, "USt IdNr", "USt Id Nr", "USt ID", "UStId", "USt Ident Nr", "USt Identnr",
				"Umsatzsteuer Identifikationsnummer", "Umsatzsteuer ID", "Umsatzsteuer Id Nr", "USt Identifikationsnummer",
				"Umsatzsteuer IdNr", "UID", "UID Nr", "UID Nummer", "VAT ID", "VAT No", "VAT number", "VAT Reg No",
				"VAT registration number", "VAT registration No", "VAT Nr", "N TVA", "TVA intracommunautaire",
				"Numero de TVA", "Numero TVA", "BTW nummer", "BTW nr", "BTW id", "BTW identificatienummer",
				"Steuer ID", "Identifikationsnummer");
		add(VAT_ID, 0.6, "USt Nr", "MwSt Nr", "MWST Nummer", "Ust Nummer");

		add(TAX_NUMBER, 1.0, "Steuernummer", "Steuer Nr", "St Nr", "StNr", "Steuer Nummer", "Tax number", "Tax No",
				"Tax Nr", "Steuernr");
		add(IBAN, 1.0, "IBAN");
		add(BIC, 1.0, "BIC", "SWIFT", "SWIFT Code", "BIC SWIFT", "SWIFT BIC", "BIC Code");

		add(NET_TOTAL, 1.0, "Nettobetrag", "Netto Betrag", "Summe netto", "Nettosumme", "Netto Summe", "Gesamt netto",
				"Netto gesamt", "Gesamtbetrag netto", "Rechnungsbetrag netto", "Nettowarenwert", "Warenwert netto",
				"Gesamtnetto", "Gesamt Nettobetrag", "Summe Nettobetrag", "Nettorechnungsbetrag", "Total net", "Net total",
				"Net amount", "Total excl VAT", "Total excluding VAT", "Total exkl MwSt", "Amount excl VAT",
				"Subtotal excl VAT", "Total before tax", "Total HT", "Montant HT", "Total hors taxes", "Totaal excl BTW",
				"Netto bedrag", "Summe ohne MwSt", "Betrag netto", "Gesamtsumme netto", "Zwischensumme netto",
				"Summe ohne USt", "Rechnungssumme ohne USt", "Rechnungssumme ohne MwSt", "Rechnungsbetrag ohne USt",
				"Rechnungsbetrag ohne MwSt", "Gesamtbetrag ohne USt", "Gesamtbetrag ohne MwSt", "Gesamtsumme ohne USt",
				"Gesamtsumme ohne MwSt", "Betrag ohne USt", "Betrag ohne MwSt", "Summe exkl MwSt", "Summe exkl USt",
				"Gesamtbetrag exkl MwSt", "Gesamtbetrag exkl USt", "Gesamt exkl MwSt", "Gesamt exkl USt");
		add(NET_TOTAL, 0.8, "Zwischensumme", "Subtotal", "Sub total", "Warenwert", "Summe Positionen",
				"Positionssumme", "Sous total", "Subtotaal", "Summe der Positionen", "Summe aller Positionen");
		add(NET_TOTAL, 0.7, "Netto");
		add(NET_TOTAL, 0.5, "Net");

		add(TAX_TOTAL, 1.0, "Mehrwertsteuer", "Umsatzsteuer", "MwSt", "MWST", "USt", "zzgl MwSt", "zzgl USt",
				"zuzueglich MwSt", "zuzueglich USt", "zzgl Umsatzsteuer", "zuzueglich Umsatzsteuer", "Steuerbetrag",
				"MwSt Betrag", "USt Betrag", "Summe MwSt", "Summe USt", "Umsatzsteuerbetrag", "Mehrwertsteuerbetrag",
				"enthaltene MwSt", "enthaltene USt", "enthaltene Umsatzsteuer", "inkl MwSt", "inkl USt", "incl VAT",
				"VAT", "VAT amount", "Total VAT", "plus VAT", "Sales tax", "TVA", "Montant TVA", "BTW", "Bedrag BTW",
				"Steuer gesamt");
		add(TAX_TOTAL, 0.6, "Steuer", "Tax", "Tax amount");

		add(GROSS_TOTAL, 1.0, "Bruttobetrag", "Brutto Betrag", "Gesamtbetrag", "Rechnungsbetrag", "Rechnungsendbetrag",
				"Gesamtrechnungsbetrag", "Summe brutto", "Bruttosumme", "Gesamt brutto", "Brutto gesamt", "Endbetrag",
				"Endsumme", "Rechnungssumme", "Rechnungstotal", "Gesamtbetrag inkl MwSt", "Gesamt inkl MwSt",
				"Summe inkl MwSt", "Betrag inkl MwSt", "Gesamtbetrag inkl USt", "Gesamt inkl USt", "Summe inkl USt",
				"Gesamtbetrag brutto", "Rechnungsbetrag brutto", "Total incl VAT", "Total including VAT",
				"Total inc VAT", "Amount incl VAT", "Invoice total", "Invoice amount", "Grand total", "Total amount",
				"Total TTC", "Montant TTC", "Totaalbedrag", "Totaal incl BTW", "Bruttorechnungsbetrag",
				"Gesamtsumme brutto", "Gesamtpreis brutto", "Summe Rechnung");
		add(GROSS_TOTAL, 0.9, "Gesamtsumme");
		add(GROSS_TOTAL, 0.7, "Brutto", "Gross amount", "Gross total", "Total gross", "Totaal");
		add(TOTAL, 0.55, "Summe", "Gesamt", "Total", "Gesamtpreis", "Montant total", "Betrag", "Amount");

		add(PAYABLE, 1.0, "Zahlbetrag", "Zahlungsbetrag", "zu zahlen", "zu zahlender Betrag", "noch zu zahlen",
				"offener Betrag", "Ueberweisungsbetrag", "faelliger Betrag", "Amount due", "Balance due", "Total due",
				"Amount payable", "Total payable", "Net a payer", "Te betalen", "Restbetrag zu zahlen", "Offener Saldo",
				"Zu zahlender Gesamtbetrag", "Zahlbetrag brutto", "Verbleibender Betrag");
		add(PAYABLE, 0.8, "Restbetrag", "Saldo", "Balance");
		add(PREPAID, 1.0, "Anzahlung", "abzgl Anzahlung", "abzueglich Anzahlung", "bereits gezahlt", "bereits bezahlt",
				"geleistete Anzahlung", "erhaltene Anzahlung", "Vorauszahlung", "Prepaid", "Amount paid", "Already paid",
				"Abschlagszahlung", "erhaltene Abschlagszahlungen", "Abschlag", "Acompte", "Reeds betaald", "Gutschein",
				"Anzahlungen", "erhaltene Anzahlungen", "geleistete Anzahlungen", "Abschlagszahlungen",
				"Vorauszahlungen");
		// the sums of allowances and charges are parts of the net total, none of the totals themselves
		add(OTHER, 0.9, "Gesamtbetrag der Zuschlaege", "Gesamtbetrag der Abschlaege", "Summe der Zuschlaege",
				"Summe der Abschlaege", "Summe Zuschlaege", "Summe Abschlaege", "Summe der Rabatte", "Summe Rabatte",
				"Summe der Nachlaesse", "Total allowances", "Total charges", "Sum of allowances", "Sum of charges",
				"Allowances total", "Charges total");
		// "Zu-/Abschlag" heads the allowances and charges column of a totals table, no payment made in advance
		add(OTHER, 0.9, "Zu Abschlag", "Zu und Abschlag", "Zuschlag Abschlag", "Zu Abschlaege", "Zu und Abschlaege");

		add(CASH_DISCOUNT, 1.0, "Skonto", "Skontobetrag", "Skontofrist", "Cash discount", "Early payment discount",
				"Escompte", "Korting", "Betrag mit Skonto");
		// "2 % discount if paid within 10 days": a plain discount is Skonto only with a period beside it
		add(CASH_DISCOUNT, 0.6, "discount", "Nachlass bei Zahlung");

		add(CURRENCY, 1.0, "Waehrung", "Rechnungswaehrung", "Currency", "Invoice currency", "Devise", "Valuta", "Munt");

		add(PURCHASE_ORDER, 1.0, "Bestellnummer", "Bestell Nr", "Bestellnr", "Ihre Bestellnummer", "Ihre Bestell Nr",
				"Ihre Bestellung Nr", "Bestellung Nr", "Bestellreferenz", "Bestell Nummer", "Purchase order",
				"Purchase order number", "Purchase order No", "PO number", "PO No", "PO Nr", "PO", "Order number",
				"Order No", "Order Nr", "Your order", "Your order No", "Customer order", "Order reference",
				"Bon de commande", "N de commande", "Numero de commande", "Bestelnummer", "Inkoopordernummer",
				"Ihre Bestellung", "Ihre Bestell Nummer", "Ihr Auftrag Nr", "Ihre Auftragsnummer", "Kundenbestellnummer",
				"Kunden Bestellnummer", "Bestellzeichen", "Ihr Bestellzeichen");
		add(PURCHASE_ORDER, 0.8, "Auftragsnummer", "Auftrags Nr", "Auftrag Nr", "Ihr Auftrag", "Ihr Auftrag vom",
				"Auftragsnr", "Bestellung");
		add(PURCHASE_ORDER, 0.55, "Auftrag", "Order");

		add(BUYER_REFERENCE, 1.0, "Leitweg ID", "Leitwegid", "Leitweg Nr", "Leitwegnummer", "Kaeuferreferenz",
				"Buyer reference", "Kaeufer Referenz");
		add(BUYER_REFERENCE, 0.8, "Ihr Zeichen", "Ihre Zeichen", "Ihre Referenz", "Your reference", "Your ref",
				"Ihre Ref", "Kundenreferenz", "Votre reference", "Uw referentie", "Uw kenmerk");

		add(BUYER_PARTY, 1.0, "Rechnungsempfaenger", "Rechnungsadresse", "Rechnungsanschrift", "Leistungsempfaenger",
				"Bill to", "Billed to", "Invoice to", "Invoiced to", "Sold to", "Facture a", "Factuuradres",
				"Rechnung an", "Kaeufer", "Buyer");
		add(BUYER_PARTY, 0.7, "Empfaenger", "Kunde", "Auftraggeber", "Customer", "Client", "Klant", "An", "To", "Aan", "A l attention de");
		add(SELLER_PARTY, 1.0, "Rechnungssteller", "Verkaeufer", "Lieferant", "Absender", "Auftragnehmer", "Seller",
				"Supplier", "Vendor", "Fournisseur", "Leverancier", "Rechnungsaussteller", "Leistender Unternehmer");
		add(SELLER_PARTY, 0.6, "From", "Von");
		add(PARTY_NAME, 1.0, "Name", "Firmenname", "Firma", "Company", "Company name", "Unternehmen", "Nom",
				"Raison sociale", "Bedrijfsnaam", "Naam", "Name des Unternehmens", "Business name");
		add(DELIVERY_PARTY, 1.0, "Lieferadresse", "Lieferanschrift", "Lieferort", "Ship to", "Deliver to",
				"Delivery address", "Shipping address", "Adresse de livraison", "Afleveradres", "Warenempfaenger",
				"Leistungsort");

		add(OTHER_REFERENCE, 0.9, "Kundennummer", "Kunden Nr", "Kd Nr", "Kdnr", "Kundennr", "Kunden Nummer",
				"Customer number", "Customer No", "Customer ID", "Account number", "Account No", "Debitor",
				"Debitorennummer", "Debitor Nr", "Numero client", "N client", "Klantnummer", "Klant nr",
				"Lieferschein Nr", "Lieferscheinnummer", "Lieferschein", "Lieferschein Nummer", "Delivery note",
				"Delivery note No", "Auftragsbestaetigung", "Auftragsbestaetigung Nr", "Angebot Nr", "Angebotsnummer",
				"Angebot", "Vertragsnummer", "Vertrag Nr", "Mandatsreferenz", "Glaeubiger ID", "Glaeubiger Identifikationsnummer",
				"Projekt", "Projektnummer", "Projekt Nr", "Kostenstelle", "Unser Zeichen", "Unsere Referenz",
				"Our reference", "Our ref", "Bearbeiter", "Sachbearbeiter", "Ansprechpartner", "Ansprechpartnerin",
				"Contact", "Kontakt", "Telefon", "Tel", "Fon", "Phone", "Fax", "Telefax", "E Mail", "Email", "Mail",
				"Web", "Internet", "Homepage", "Mobil", "Handy", "Seite", "Page", "Blatt", "Kontonummer", "Konto Nr",
				"Kto Nr", "Konto", "BLZ", "Bankleitzahl", "Bank", "Bankverbindung", "Kreditinstitut", "Kontoinhaber",
				"Geschaeftsfuehrer", "Geschaeftsfuehrung", "Geschaeftsfuehrerin", "Vorstand", "Amtsgericht",
				"Registergericht", "HRB", "HRA", "Handelsregister", "Registernummer", "Sitz der Gesellschaft", "Sitz",
				"Inhaber", "Inhaberin", "Artikelnummer", "Art Nr", "Artikel Nr", "Zahlungsbedingungen", "Zahlungsart",
				"Zahlungsweise", "Lieferbedingungen", "Versandart", "Payment terms", "Terms", "Verwendungszweck",
				"Referenz", "Reference", "Vertreter", "Filiale", "Kassierer", "Kasse", "Bon Nr", "Beleg",
				"Transaktion", "Terminal", "Lieferung an", "Objekt", "Baustelle", "Tracking", "Sendungsnummer",
				"Paketnummer", "Pos", "Position", "Serien Nr", "Seriennummer", "Charge", "Vers Nr", "Versicherungsnummer",
				"Zaehlernummer", "Vertragskonto", "Kundenkonto", "Steuersatz");
		// a correction or credit note names the invoice it corrects: that number is not its own
		add(OTHER_REFERENCE, 1.0, "zu Rechnung", "zur Rechnung", "zu Rechnung Nr", "zur Rechnung Nr", "zu unserer Rechnung",
				"zu Ihrer Rechnung", "Ursprungsrechnung", "urspruengliche Rechnung", "Originalrechnung", "Bezug Rechnung",
				"korrigiert Rechnung", "ersetzt Rechnung", "storniert Rechnung", "Original invoice", "Original invoice No",
				"Related invoice", "Referenced invoice", "Corrected invoice", "Facture d origine", "Oorspronkelijke factuur",
				"in der Rechnung", "mit Rechnung", "Rechnungsbezug");
		// what a customer hands over at the till is no total
		add(OTHER_REFERENCE, 0.9, "Gegeben", "Rueckgeld", "Wechselgeld", "Bar gegeben", "Cash tendered", "Tendered",
				"Change", "Zurueck");
		// "30 Tage netto" is a payment term, no net total
		add(OTHER, 0.5, "Tage netto", "Tagen netto", "Tage rein netto", "netto Kasse", "rein netto", "days net",
				"net days", "Tage netto Kasse");
		add(OTHER_DATE, 0.9, "Bestelldatum", "Auftragsdatum", "Lieferscheindatum", "Order date", "Angebotsdatum",
				"Druckdatum", "Datum der Bestellung", "Vertragsbeginn", "Vertragsende", "Bestellung vom",
				"Ihre Bestellung vom", "Auftrag vom", "Angebot vom", "Lieferschein vom", "Date de commande",
				"Orderdatum", "Buchungsdatum", "Bestell Datum", "Auftrags Datum", "Auftrag Datum", "Lieferschein Datum",
				"Angebots Datum", "Geburtsdatum", "Erstellt am", "Gedruckt am", "Stand", "Uhrzeit", "Zeit");
	}

	private void add(LabelKind kind, double strength, String... texts) {
		phrases.add(kind, strength, texts);
	}

	/** The labels of a line, left to right. */
	List<LabelHit> find(Line line) {
		List<LabelHit> hits = new ArrayList<>();
		List<PhraseMatcher.Match<LabelKind>> matches = phrases.find(line);
		for (PhraseMatcher.Match<LabelKind> match : matches) {
			if (!isPartyWordInValue(line, match, matches)) {
				hits.add(new LabelHit(match.kind(), match.strength(), line, match.firstWord(), match.lastWord()));
			}
		}
		addColonLabels(line, hits);
		addCompoundTitle(line, hits);
		hits.sort(Comparator.comparingInt(LabelHit::firstWord));
		return hits;
	}

	/** "Baurechnung", "Werklohnrechnung", "Zinsgutschrift": a compound of Rechnung or Gutschrift heading its line. */
	private static void addCompoundTitle(Line line, List<LabelHit> hits) {
		if (line.size() == 0 || hits.stream().anyMatch(h -> h.firstWord() == 0)) {
			return;
		}
		String word = TextFolding.fold(line.word(0).text());
		if (word.length() > 10 && word.indexOf(' ') < 0 && (word.endsWith("rechnung") || word.endsWith("gutschrift"))) {
			hits.add(new LabelHit(DOCUMENT_TITLE, 0.55, line, 0, 0));
		}
	}

	/**
	 * "Name: Lieferant GmbH", "Muster-Kunde GmbH", "Lieferant GmbH", "www.lieferant.de": a party word
	 * right after a colon, inside a longer word, before a legal form, or sharing its word with
	 * another label is part of a value or of that label, no heading. A weak one ("von", "from")
	 * heads a party only at the start of its cell, not in running text.
	 */
	private static boolean isPartyWordInValue(Line line, PhraseMatcher.Match<LabelKind> match,
			List<PhraseMatcher.Match<LabelKind>> all) {
		LabelKind kind = match.kind();
		if (kind != SELLER_PARTY && kind != BUYER_PARTY && kind != DELIVERY_PARTY && kind != PARTY_NAME) {
			return false;
		}
		int first = match.firstWord();
		int last = match.lastWord();
		boolean startsCell = first == 0 || line.cellOf(first - 1) != line.cellOf(first);
		// "Rechnungssteller: | Rechnungsempfänger:" side by side: a label ending in a colon stays one
		boolean afterColon = first > 0 && line.word(first - 1).text().endsWith(":") && !line.word(last).text().endsWith(":");
		boolean weakInText = match.strength() < 0.9 && !startsCell;
		boolean partOfAnother = all.stream().anyMatch(other -> other != match && other.kind() != kind
				&& other.firstWord() <= last && first <= other.lastWord());
		boolean inName = last + 1 < line.size() && line.cellOf(last + 1) == line.cellOf(last)
				&& AddressPatterns.LEGAL_FORM.matcher(line.word(last + 1).text()).lookingAt();
		boolean inAddress = WEB_OR_MAIL.matcher(line.word(last).text()).find();
		return !match.startsWord() || afterColon || weakInText || partOfAnother || inName || inAddress;
	}

	/** Unknown text ending in a colon ("Projektleitung:") is a label too: it owns the value after it. */
	private static void addColonLabels(Line line, List<LabelHit> hits) {
		for (int i = 0; i < line.size(); i++) {
			String text = line.word(i).text();
			int index = i;
			boolean covered = hits.stream().anyMatch(h -> h.firstWord() <= index && index <= h.lastWord());
			if (!covered && text.length() >= 3 && text.endsWith(":") && Character.isLetter(text.charAt(text.length() - 2))) {
				int first = i;
				while (first > 0 && line.cellOf(first - 1) == line.cellOf(i) && isPlainWord(line.word(first - 1).text())
						&& i - first < 3) {
					int previous = first - 1;
					if (hits.stream().anyMatch(h -> h.firstWord() <= previous && previous <= h.lastWord())) {
						break;
					}
					first--;
				}
				hits.add(new LabelHit(LabelKind.OTHER, 0.3, line, first, i));
			}
		}
	}

	private static boolean isPlainWord(String text) {
		return text.chars().allMatch(c -> Character.isLetter(c) || c == '.' || c == '-');
	}
}
