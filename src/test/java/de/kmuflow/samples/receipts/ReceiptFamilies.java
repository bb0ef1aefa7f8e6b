package de.kmuflow.samples.receipts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.BiFunction;

import de.kmuflow.samples.receipts.Receipt.PrintLine;

/**
 * The kinds of till receipts in the set. Supermarket, bakery, petrol station and an English café
 * are the tuning half; hardware store, restaurant with a tip and an English airport kiosk the check
 * half, so that the check half shows layouts the reader was not tuned on.
 */
final class ReceiptFamilies {

	static final String TUNE = "tune";
	static final String CHECK = "check";

	record Family(String name, String half, BiFunction<Random, Integer, Receipt> make) {
	}

	static final List<Family> ALL = List.of(new Family("supermarkt", TUNE, ReceiptFamilies::supermarket),
			new Family("baeckerei", TUNE, ReceiptFamilies::bakery), new Family("tankstelle", TUNE, ReceiptFamilies::petrol),
			new Family("cafe-en", TUNE, ReceiptFamilies::cafe), new Family("baumarkt", CHECK, ReceiptFamilies::hardware),
			new Family("restaurant", CHECK, ReceiptFamilies::restaurant),
			new Family("kiosk-en", CHECK, ReceiptFamilies::kiosk));

	private static final List<String> MONO = List.of("DejaVuSansMono", "LiberationMono", "FreeMono", "Inconsolata");

	private ReceiptFamilies() {
	}

	private static String format(LocalDate date, LocalTime time, String pattern, Locale locale) {
		return date.atTime(time).format(DateTimeFormatter.ofPattern(pattern, locale));
	}

	private static String street(Till till) {
		return till.pick(List.of("Hauptstraße", "Bahnhofstraße", "Marktplatz", "Lindenallee", "Am Anger",
				"Schillerstraße", "Mühlenweg")) + " " + (1 + till.random.nextInt(120));
	}

	private static String town(Till till) {
		return till.pick(List.of("37073 Göttingen", "34117 Kassel", "99084 Erfurt", "06108 Halle (Saale)",
				"96047 Bamberg", "24103 Kiel", "79098 Freiburg", "28195 Bremen"));
	}

	private static String taxNumber(Till till) {
		return till.digits(2) + "/" + till.digits(3) + "/" + till.digits(5);
	}

	private static String vatId(Till till) {
		return "DE" + till.digits(9);
	}

	static Receipt supermarket(Random random, Integer index) {
		Till till = new Till(random, 42, true);
		String seller = List.of("Frischemarkt Hansen", "Nahkauf Wiesner oHG", "Edeka Brückner", "Markt am Anger")
			.get(index % 4);
		till.rate("A", 19);
		till.rate("B", 7);
		LocalDate date = till.date();
		LocalTime time = till.time();
		if (random.nextBoolean()) {
			till.centred("Willkommen bei");
		}
		till.add(PrintLine.heading(seller, random.nextBoolean()));
		till.centred(street(till));
		till.centred(town(till));
		till.centred("Tel. 0" + till.digits(3) + " " + till.digits(6));
		till.blank();
		till.pair("", "EUR");
		List<String> food = List.of("Vollmilch 3,5% 1l", "Butter 250g", "Bananen lose", "Roggenbrot 750g",
				"Gouda jung Scheiben", "Äpfel Elstar 1kg", "Joghurt Natur", "Nudeln Spirelli", "Tomaten passiert",
				"Kaffee Bohne 500g", "Eier Freiland 10St");
		List<String> other = List.of("Spülmittel 500ml", "Küchenrolle 4x", "Pfand 0,25", "Batterien AA 4er",
				"Mineralwasser 1,5l", "Apfelschorle 1l", "Müllbeutel 35l");
		int items = 4 + random.nextInt(6);
		for (int i = 0; i < items; i++) {
			boolean reduced = random.nextInt(3) > 0;
			String name = reduced ? till.pick(food) : till.pick(other);
			int quantity = random.nextInt(4) == 0 ? 2 + random.nextInt(3) : 1;
			till.quantityItem(name, quantity, till.price(0.49, 4.99), reduced ? "B" : "A", true);
		}
		if (!till.grossByLetter.containsKey("A")) {
			till.item("Tragetasche", new BigDecimal("0.20"), "A", true);
		}
		till.rule('-');
		BigDecimal gross = till.gross();
		till.largePair("SUMME", till.money(gross));
		till.rule('=');
		boolean cash = random.nextBoolean();
		if (cash) {
			BigDecimal given = gross.setScale(-1, java.math.RoundingMode.UP).max(gross.add(BigDecimal.ONE));
			till.pair("Geg. BAR", till.money(given));
			till.pair("Rückgeld BAR", till.money(given.subtract(gross)));
		}
		else {
			till.pair("Geg. EC-Karte", till.money(gross));
		}
		till.blank();
		till.taxTable(random.nextBoolean() ? "MwSt" : "Steuer", random.nextBoolean() ? "MwSt" : "USt");
		till.pair("Gesamtbetrag", till.money(gross));
		till.blank();
		till.text(format(date, time, random.nextBoolean() ? "dd.MM.yyyy HH:mm" : "dd.MM.yy HH:mm", Locale.GERMANY)
				+ "  Bon " + till.digits(4) + "  Kasse " + (1 + random.nextInt(6)));
		till.text("Bed.: " + till.pick(List.of("Sabine", "Murat", "Jens", "Olga")) + "  Markt " + till.digits(4));
		String taxNumber = taxNumber(till);
		till.text("Steuer-Nr.: " + taxNumber);
		till.blank();
		till.tse(date, time);
		till.blank();
		till.centred("Vielen Dank für Ihren Einkauf!");
		return till.receipt("supermarkt", TUNE, "de", 80, till.pick(MONO), seller, date, "EUR", null, taxNumber, true);
	}

	static Receipt bakery(Random random, Integer index) {
		Till till = new Till(random, 32, true);
		String seller = List.of("Bäckerei Kornblume", "Backstube Lindner", "Bäckerei & Café Sommer",
				"Landbäckerei Voss").get(index % 4);
		till.rate("B", 7);
		till.rate("A", 19);
		LocalDate date = till.date();
		LocalTime time = till.time();
		till.add(PrintLine.heading(seller, false));
		till.centred(street(till));
		till.centred(town(till));
		String vatId = random.nextBoolean() ? vatId(till) : null;
		String taxNumber = vatId == null ? taxNumber(till) : null;
		till.centred(vatId != null ? "USt-IdNr. " + vatId : "St.-Nr. " + taxNumber);
		till.rule('-');
		till.text(format(date, time, "dd.MM.yyyy", Locale.GERMANY) + "  " + format(date, time, "HH:mm", Locale.GERMANY)
				+ "  Nr." + till.digits(4));
		till.rule('-');
		List<String> baked = List.of("Brötchen", "Laugenbrezel", "Mohnschnecke", "Dinkelbrot", "Croissant",
				"Apfeltasche", "Bienenstich", "Körnerbrötchen");
		int items = 2 + random.nextInt(4);
		for (int i = 0; i < items; i++) {
			int quantity = random.nextInt(2) == 0 ? 2 + random.nextInt(5) : 1;
			till.quantityItem(till.pick(baked), quantity, till.price(0.40, 3.20), "B", false);
		}
		boolean coffee = random.nextBoolean();
		if (coffee) {
			till.item(till.pick(List.of("Kaffee to go", "Cappuccino", "Latte Macchiato")), till.price(2.2, 3.9), "A",
					false);
		}
		till.rule('-');
		BigDecimal gross = till.gross();
		till.boldPair("Zu zahlen EUR", till.money(gross));
		BigDecimal given = gross.setScale(0, java.math.RoundingMode.UP).add(BigDecimal.valueOf(random.nextInt(2) * 5));
		till.pair("Gegeben", till.money(given));
		till.pair("Rückgeld", till.money(given.subtract(gross)));
		till.blank();
		for (String letter : till.grossByLetter.keySet()) {
			till.pair("enth. MwSt " + till.rates.get(letter) + "%", till.money(till.tax(letter)));
		}
		till.blank();
		till.tse(date, time);
		till.centred("Danke und bis bald!");
		return till.receipt("baeckerei", TUNE, "de", 58, till.pick(MONO), seller, date, "EUR", vatId, taxNumber, false);
	}

	static Receipt petrol(Random random, Integer index) {
		Till till = new Till(random, 40, true);
		String seller = List.of("Autohof Sandmann GmbH", "Tankstelle Krüger", "Freie Tankstelle Oldenbüttel",
				"Tankcenter Nord GmbH").get(index % 4);
		till.rate("A", 19);
		LocalDate date = till.date();
		LocalTime time = till.time();
		till.add(PrintLine.heading(seller, true));
		till.centred(street(till));
		till.centred(town(till));
		String vatId = vatId(till);
		till.centred("USt-ID: " + vatId);
		till.blank();
		till.centred(random.nextBoolean() ? "Beleg-Nr. " + till.digits(5) : "Quittung");
		till.blank();
		String fuel = till.pick(List.of("Super E10", "Super E5", "Diesel", "Super Plus"));
		BigDecimal litrePrice = new BigDecimal("1.6" + till.digits(2));
		BigDecimal litres = new BigDecimal(20 + random.nextInt(40) + "." + till.digits(2));
		BigDecimal amount = litrePrice.multiply(litres).setScale(2, java.math.RoundingMode.HALF_UP);
		till.text("Säule " + (1 + random.nextInt(8)) + "  " + fuel);
		till.text("  " + litres.toPlainString().replace('.', ',') + " l x " + litrePrice.toPlainString().replace('.', ',')
				+ " EUR/l");
		till.item(fuel, amount, "A", true);
		if (random.nextBoolean()) {
			till.item(till.pick(List.of("Scheibenreiniger 1l", "Kaffee gross", "Waschstraße Premium")),
					till.price(2.5, 12.9), "A", true);
		}
		till.rule('-');
		BigDecimal gross = till.gross();
		till.largePair("Summe EUR", till.money(gross));
		till.blank();
		BigDecimal tax = till.tax("A");
		till.pair("Netto", till.money(gross.subtract(tax)));
		till.pair("MwSt 19,00%", till.money(tax));
		till.pair("Brutto", till.money(gross));
		till.blank();
		till.pair("girocard", till.money(gross));
		till.text("Kartenzahlung  Terminal-ID " + till.digits(8));
		till.text("Datum " + format(date, time, "dd.MM.yy", Locale.GERMANY) + "   Uhrzeit "
				+ format(date, time, "HH:mm:ss", Locale.GERMANY));
		till.blank();
		till.tse(date, time);
		till.centred("Gute Fahrt!");
		return till.receipt("tankstelle", TUNE, "de", 80, till.pick(MONO), seller, date, "EUR", vatId, null, true);
	}

	static Receipt cafe(Random random, Integer index) {
		Till till = new Till(random, 42, false);
		String seller = List.of("The Copper Kettle", "Bean & Leaf Coffee House", "Harbour View Café",
				"Millstone Tea Rooms").get(index % 4);
		till.rate("S", 20);
		LocalDate date = till.date();
		LocalTime time = till.time();
		till.add(PrintLine.heading(seller, false));
		till.centred(till.pick(List.of("12 Castle Street", "3 Quay Road", "48 High Street", "7 Market Square")));
		till.centred(till.pick(List.of("York YO1 9RN", "Bristol BS1 4DJ", "Oxford OX1 3BQ", "Bath BA1 1LT")));
		String vat = "GB" + till.digits(9);
		till.centred("VAT Reg No: " + vat.substring(0, 5) + " " + vat.substring(5, 9) + " " + vat.substring(9));
		till.blank();
		till.text(format(date, time, random.nextBoolean() ? "dd/MM/yyyy HH:mm" : "d MMM yyyy  HH:mm", Locale.UK));
		till.text("Table " + (1 + random.nextInt(20)) + "   Server: " + till.pick(List.of("Emma", "Tom", "Priya")));
		till.rule('-');
		List<String> menu = List.of("Flat White", "Americano", "Pot of Tea", "Scone with Jam", "Carrot Cake",
				"Toasted Sandwich", "Soup of the Day", "Hot Chocolate");
		int items = 2 + random.nextInt(4);
		for (int i = 0; i < items; i++) {
			int quantity = random.nextInt(3) == 0 ? 2 : 1;
			till.quantityItem(till.pick(menu), quantity, till.price(2.2, 7.5), "S", false);
		}
		till.rule('-');
		BigDecimal gross = till.gross();
		BigDecimal tax = till.tax("S");
		till.pair("Subtotal", "£" + till.money(gross));
		till.largePair("TOTAL", "£" + till.money(gross));
		till.blank();
		if (random.nextBoolean()) {
			BigDecimal given = gross.setScale(-1, java.math.RoundingMode.UP);
			till.pair("CASH", "£" + till.money(given));
			till.pair("CHANGE", "£" + till.money(given.subtract(gross)));
		}
		else {
			till.pair("CARD (Contactless)", "£" + till.money(gross));
		}
		till.blank();
		till.pair("VAT 20%", "£" + till.money(tax));
		till.pair("Net", "£" + till.money(gross.subtract(tax)));
		till.blank();
		till.centred("Thank you for visiting!");
		return till.receipt("cafe-en", TUNE, "en", 80, till.pick(MONO), seller, date, "GBP", vat, null, true);
	}

	static Receipt hardware(Random random, Integer index) {
		Till till = new Till(random, 44, true);
		String seller = List.of("Baumarkt Heimwerker-Profi GmbH", "Werkhof Baustoffe Kuhn KG",
				"Eisenwaren Ohlsen e.K.").get(index % 3);
		till.rate("1", 19);
		LocalDate date = till.date();
		LocalTime time = till.time();
		till.add(PrintLine.heading(seller, random.nextBoolean()));
		till.centred(street(till) + ", " + town(till));
		till.centred("www.example-baumarkt.de");
		till.rule('*');
		till.text("Markt " + till.digits(3) + "   Kasse " + till.digits(2) + "   Bon-Nr. " + till.digits(6));
		till.text("Kundenkarte " + till.digits(10));
		till.rule('*');
		List<String> goods = List.of("Schrauben 4x40 200St", "Dübel 8mm 50St", "Akku-Bohrer 18V",
				"Wandfarbe weiss 10l", "Malerkrepp 50m", "Kabelbinder 100St", "Silikon transparent",
				"Holzleim D3 750g", "Arbeitshandschuhe Gr.9", "Verlängerungskabel 5m");
		int items = 2 + random.nextInt(5);
		for (int i = 0; i < items; i++) {
			String article = till.digits(7);
			int quantity = random.nextInt(3) == 0 ? 2 + random.nextInt(4) : 1;
			till.text(article);
			till.quantityItem(till.pick(goods), quantity, till.price(1.5, 49.9), "1", true);
		}
		till.rule('-');
		BigDecimal gross = till.gross();
		till.text("Anzahl Artikel: " + items);
		till.largePair("Zu zahlen", till.money(gross));
		till.pair("EC-Karte", till.money(gross));
		till.blank();
		BigDecimal tax = till.tax("1");
		till.text(String.format(Locale.ROOT, "%-10s%10s%11s%11s", "USt-Satz", "Netto", "USt", "Brutto"));
		till.text(String.format(Locale.ROOT, "%-10s%10s%11s%11s", "1 19,0%", till.money(gross.subtract(tax)),
				till.money(tax), till.money(gross)));
		till.blank();
		String vatId = vatId(till);
		till.text("USt-IdNr.: " + vatId);
		till.text(format(date, time, "dd.MM.yyyy", Locale.GERMANY) + "            "
				+ format(date, time, "HH:mm:ss", Locale.GERMANY));
		till.blank();
		till.text("Umtausch nur mit Kassenbon innerhalb von 30 Tagen.");
		till.tse(date, time);
		return till.receipt("baumarkt", CHECK, "de", 80, till.pick(MONO), seller, date, "EUR", vatId, null, true);
	}

	static Receipt restaurant(Random random, Integer index) {
		Till till = new Till(random, 40, true);
		String seller = List.of("Gasthaus Zur Linde", "Ristorante Da Michele", "Brauhaus am Dom").get(index % 3);
		till.rate("A", 19);
		till.rate("B", 7);
		LocalDate date = till.date();
		LocalTime time = LocalTime.of(12 + random.nextInt(10), random.nextInt(60), random.nextInt(60));
		till.add(PrintLine.heading(seller, true));
		till.centred("Inh. " + till.pick(List.of("Michele Russo", "Petra Lang", "Georg Amann")));
		till.centred(street(till));
		till.centred(town(till));
		String taxNumber = taxNumber(till);
		till.centred("StNr " + taxNumber);
		till.blank();
		till.text("Rechnung Nr. " + till.digits(5) + "   Tisch " + (1 + random.nextInt(30)));
		till.text(format(date, time, "dd.MM.yyyy  HH:mm", Locale.GERMANY) + "  Bed. " + (1 + random.nextInt(9)));
		till.rule('-');
		List<String> dishes = List.of("Schnitzel Wiener Art", "Pasta al Pomodoro", "Rinderroulade", "Salat Nizza",
				"Flammkuchen", "Tagessuppe", "Tiramisu", "Apfelstrudel");
		List<String> drinks = List.of("Pils 0,4l", "Apfelschorle 0,5l", "Rotwein 0,2l", "Wasser 0,75l", "Espresso");
		int covers = 2 + random.nextInt(3);
		for (int i = 0; i < covers; i++) {
			till.quantityItem(till.pick(dishes), 1, till.price(8.9, 21.5), "A", false);
			till.quantityItem(till.pick(drinks), 1 + random.nextInt(2), till.price(2.4, 6.5), "A", false);
		}
		if (random.nextBoolean()) {
			till.item("Kuchen außer Haus", till.price(3.5, 4.5), "B", false);
		}
		till.rule('-');
		BigDecimal gross = till.gross();
		till.largePair("Summe", till.money(gross));
		till.blank();
		for (String letter : till.grossByLetter.keySet()) {
			BigDecimal tax = till.tax(letter);
			till.pair("Netto " + till.rates.get(letter) + "%", till.money(till.grossByLetter.get(letter).subtract(tax)));
			till.pair("MwSt " + till.rates.get(letter) + "%", till.money(tax));
		}
		till.blank();
		BigDecimal tip = BigDecimal.valueOf(1 + random.nextInt(6)).add(new BigDecimal("0.50").multiply(
				BigDecimal.valueOf(random.nextInt(2))));
		till.pair("Trinkgeld", till.money(tip));
		till.boldPair("Gesamt bezahlt", till.money(gross.add(tip)));
		till.pair(random.nextBoolean() ? "EC-Karte" : "Kreditkarte", till.money(gross.add(tip)));
		till.blank();
		till.text("Bewirtungsaufwand-Angaben:");
		till.text("Bewirtete Personen: ____________________");
		till.text("Anlass: ________________________________");
		till.blank();
		till.tse(date, time);
		till.centred("Es bediente Sie " + till.pick(List.of("Luca", "Anna", "Jonas")));
		return till.receipt("restaurant", CHECK, "de", 80, till.pick(MONO), seller, date, "EUR", null, taxNumber, true);
	}

	static Receipt kiosk(Random random, Integer index) {
		Till till = new Till(random, 32, false);
		String seller = List.of("Skyline Travel Kiosk", "Gate B Newsagent", "Terminal 2 Convenience").get(index % 3);
		till.rate("A", 19);
		till.rate("B", 7);
		LocalDate date = till.date();
		LocalTime time = till.time();
		till.add(PrintLine.heading(seller, false));
		till.centred("Airport " + till.pick(List.of("Hamburg", "Frankfurt", "Munich")) + ", Germany");
		String vatId = vatId(till);
		till.centred("VAT ID " + vatId);
		till.rule('=');
		till.text(format(date, time, random.nextBoolean() ? "MMM d, yyyy  h:mm a" : "d MMMM yyyy HH:mm", Locale.US));
		till.text("Receipt " + till.digits(6) + "  Till " + (1 + random.nextInt(4)));
		till.rule('=');
		List<String> news = List.of("Newspaper", "Magazine", "Paperback novel", "City guide");
		List<String> other = List.of("Water 0.5l", "Chocolate bar", "Chewing gum", "Phone charger", "Neck pillow",
				"Sandwich");
		int items = 2 + random.nextInt(4);
		for (int i = 0; i < items; i++) {
			boolean reduced = random.nextBoolean();
			till.quantityItem(reduced ? till.pick(news) : till.pick(other), 1, till.price(1.2, 14.9),
					reduced ? "B" : "A", true);
		}
		till.rule('-');
		BigDecimal gross = till.gross();
		till.largePair("TOTAL EUR", till.money(gross));
		till.pair("Paid by card", till.money(gross));
		till.blank();
		for (String letter : till.grossByLetter.keySet()) {
			till.pair("VAT " + letter + " " + till.rates.get(letter) + "% incl.", till.money(till.tax(letter)));
		}
		till.pair("VAT total", till.money(till.tax()));
		till.blank();
		till.tse(date, time);
		till.centred("Have a good flight!");
		return till.receipt("kiosk-en", CHECK, "en", 58, till.pick(MONO), seller, date, "EUR", vatId, null, false);
	}
}
