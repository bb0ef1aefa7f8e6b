package de.kmuflow.samples;

import static de.kmuflow.samples.Item.FULL;
import static de.kmuflow.samples.Item.NONE;
import static de.kmuflow.samples.Item.REDUCED;

import java.util.ArrayList;
import java.util.List;

/** What the fictional suppliers sell, with plausible 2026 prices. */
final class Catalog {

	private Catalog() {
	}

	static final List<Item> OFFICE = List.of(
			Item.of("BB-10021", "Kopierpapier A4, 80 g/m², 500 Blatt", "Pack", "4.39", FULL),
			Item.of("BB-10388", "Ordner A4, 8 cm Rücken, blau", "Stk", "2.79", FULL),
			Item.of("BB-20417", "Kugelschreiber, blau, 10er-Pack", "Pack", "6.90", FULL),
			Item.of("BB-31102", "Tonerkartusche schwarz, kompatibel TX-2200", "Stk", "64.50", FULL),
			Item.of("BB-31105", "Tonerkartuschen farbig, 3er-Set, kompatibel TX-2200", "Set", "149.00", FULL),
			Item.of("BB-40210", "Haftnotizen 76 x 76 mm, gelb, 12 Blöcke", "Pack", "8.45", FULL),
			Item.of("BB-51007", "Bürodrehstuhl ergonomisch, Synchronmechanik, Armlehnen", "Stk", "289.00", FULL),
			Item.of("BB-51040", "Schreibtischleuchte LED, dimmbar", "Stk", "49.90", FULL),
			Item.of("BB-60033", "Briefumschläge DIN lang mit Fenster, 1000 Stück", "Karton", "24.80", FULL),
			Item.of("BB-60120", "Versandtaschen C4, haftklebend, 250 Stück", "Karton", "31.50", FULL),
			Item.of("BB-70015", "Whiteboard-Marker, 4 Farben", "Set", "7.20", FULL),
			Item.of("BB-70220", "Laminierfolien A4, 125 mic, 100 Stück", "Pack", "12.95", FULL),
			Item.of("BB-80041", "Aktenvernichter Sicherheitsstufe P-4, 20 l", "Stk", "139.00", FULL),
			Item.of("BB-80102", "Etiketten 70 x 36 mm, 2400 Stück", "Pack", "18.60", FULL),
			Item.of("BB-90007", "Schreibblock A4, kariert, 50 Blatt", "Stk", "1.49", FULL),
			Item.of("BB-90310", "Heftgerät bis 40 Blatt", "Stk", "15.90", FULL),
			Item.of("BB-90311", "Heftklammern 24/6, 5000 Stück", "Pack", "2.35", FULL),
			Item.of("BB-90420", "Locher bis 30 Blatt, mit Anschlagschiene", "Stk", "9.80", FULL),
			Item.of("BB-90533", "Klarsichthüllen A4, 100 Stück", "Pack", "5.60", FULL),
			Item.of("BB-90610", "Trennblätter A4, farbig, 100 Stück", "Pack", "4.95", FULL));

	static final Item DELIVERY_FLAT = Item.of("BB-91000", "Versandkostenpauschale", "pausch.", "6.90", FULL);

	/** Office articles in colour and size variants, enough rows for invoices of several pages. */
	static List<Item> officeVariants() {
		List<Item> items = new ArrayList<>();
		String[] colours = {"blau", "rot", "grün", "gelb", "schwarz", "grau"};
		for (int i = 0; i < colours.length; i++) {
			items.add(Item.of("BB-103" + (80 + i), "Ordner A4, 8 cm Rücken, " + colours[i], "Stk", "2.79", FULL));
			items.add(Item.of("BB-104" + (10 + i), "Ordner A4, 5 cm Rücken, " + colours[i], "Stk", "2.59", FULL));
			items.add(Item.of("BB-205" + (30 + i), "Textmarker, " + colours[i] + ", 10 Stück", "Pack", "7.40", FULL));
		}
		items.addAll(OFFICE);
		return items;
	}

	static List<Item> tools() {
		List<Item> items = new ArrayList<>();
		String[] drills = {"2,0", "2,5", "3,0", "3,5", "4,0", "4,5", "5,0", "6,0", "8,0", "10,0"};
		for (int i = 0; i < drills.length; i++) {
			items.add(Item.of("ST-1100" + i, "Spiralbohrer HSS-G DIN 338, Ø " + drills[i] + " mm, 10 Stück", "Pack",
					String.valueOf(6.5 + i * 1.75), FULL));
		}
		for (int i = 0; i < drills.length; i++) {
			items.add(Item.of("ST-1200" + i, "Holzspiralbohrer mit Zentrierspitze, Ø " + drills[i] + " mm", "Stk",
					String.valueOf(2.4 + i * 0.85), FULL));
		}
		String[] grits = {"60", "80", "120", "180", "240"};
		for (int i = 0; i < grits.length; i++) {
			items.add(Item.of("ST-2200" + i, "Schleifpapier-Rolle 115 mm x 50 m, Körnung " + grits[i], "Rolle", "27.90",
					FULL));
		}
		items.add(Item.of("ST-30001", "Trennscheibe Metall 125 x 1,0 mm, 25 Stück", "Pack", "21.50", FULL));
		items.add(Item.of("ST-30002", "Fächerschleifscheibe 125 mm, K80, 10 Stück", "Pack", "34.90", FULL));
		items.add(Item.of("ST-30010", "Akku-Bohrschrauber 18 V, 2 Akkus 4,0 Ah, Ladegerät, Koffer", "Stk", "219.00", FULL));
		items.add(Item.of("ST-30011", "Winkelschleifer 125 mm, 1.100 W", "Stk", "89.00", FULL));
		items.add(Item.of("ST-30020", "Bit-Set 32-teilig, PH/PZ/TX, mit Halter", "Set", "18.90", FULL));
		items.add(Item.of("ST-30021", "Schraubendreher-Satz 6-teilig, VDE", "Set", "32.40", FULL));
		items.add(Item.of("ST-30030", "Wasserwaage Aluminium 60 cm", "Stk", "19.80", FULL));
		items.add(Item.of("ST-30031", "Wasserwaage Aluminium 100 cm", "Stk", "26.50", FULL));
		items.add(Item.of("ST-30040", "Gliedermaßstab Holz 2 m", "Stk", "6.20", FULL));
		items.add(Item.of("ST-30041", "Maßband 5 m, magnetisch", "Stk", "11.90", FULL));
		items.add(Item.of("ST-30050", "Arbeitshandschuhe Nitril, Größe 9, 12 Paar", "Pack", "16.80", FULL));
		items.add(Item.of("ST-30051", "Arbeitshandschuhe Nitril, Größe 10, 12 Paar", "Pack", "16.80", FULL));
		items.add(Item.of("ST-30052", "Schutzbrille klar, EN 166", "Stk", "4.90", FULL));
		items.add(Item.of("ST-30053", "Gehörschutz-Kapsel SNR 30 dB", "Stk", "17.50", FULL));
		items.add(Item.of("ST-30060", "Holzschrauben 4,0 x 40 mm, Senkkopf TX20, 500 Stück", "Pack", "12.30", FULL));
		items.add(Item.of("ST-30061", "Holzschrauben 5,0 x 60 mm, Senkkopf TX25, 200 Stück", "Pack", "10.90", FULL));
		items.add(Item.of("ST-30062", "Holzschrauben 6,0 x 100 mm, Senkkopf TX30, 100 Stück", "Pack", "14.60", FULL));
		items.add(Item.of("ST-30070", "Dübel Nylon 8 x 40 mm, 100 Stück", "Pack", "5.40", FULL));
		items.add(Item.of("ST-30071", "Dübel Nylon 10 x 50 mm, 50 Stück", "Pack", "5.90", FULL));
		items.add(Item.of("ST-30080", "Holzleim D3, wasserfest, 750 g", "Fl", "9.70", FULL));
		items.add(Item.of("ST-30081", "Montagekleber, lösemittelfrei, 290 ml", "Kart", "6.80", FULL));
		items.add(Item.of("ST-30090", "Schraubzwinge 300 x 120 mm", "Stk", "15.40", FULL));
		items.add(Item.of("ST-30091", "Korpuszwinge 1000 mm", "Stk", "44.90", FULL));
		items.add(Item.of("ST-30100", "Kreissägeblatt 216 x 30 mm, 48 Zähne", "Stk", "39.90", FULL));
		items.add(Item.of("ST-30101", "Stichsägeblätter Holz, 5 Stück", "Pack", "7.90", FULL));
		items.add(Item.of("ST-30110", "Werkzeugkoffer leer, Aluminium", "Stk", "59.00", FULL));
		items.add(Item.of("ST-30111", "Werkbankrolle Vlies, 50 m", "Rolle", "22.00", FULL));
		items.add(Item.of("ST-30120", "Kreppband 30 mm x 50 m", "Rolle", "3.20", FULL));
		return items;
	}

	static final List<Item> DELICATESSEN = List.of(
			Item.of("FA-1012", "Parmigiano Reggiano, 24 Monate gereift", "kg", "29.80", REDUCED),
			Item.of("FA-1140", "Olivenöl nativ extra, 0,75 l", "Fl", "14.90", REDUCED),
			Item.of("FA-1202", "Rauchbier-Senf, 200 ml", "Glas", "3.95", REDUCED),
			Item.of("FA-1310", "Elisenlebkuchen, 500 g", "Dose", "12.50", REDUCED),
			Item.of("FA-1420", "Tagliatelle all'uovo, 500 g", "Pack", "3.40", REDUCED),
			Item.of("FA-1533", "Espresso, ganze Bohne, 1 kg", "Pack", "22.90", REDUCED),
			Item.of("FA-2101", "Primitivo di Manduria, 0,75 l", "Fl", "11.90", FULL),
			Item.of("FA-2150", "Frankensekt brut, 0,75 l", "Fl", "13.50", FULL),
			Item.of("FA-3001", "Präsentkorb Weide, groß", "Stk", "18.00", FULL),
			Item.of("FA-3002", "Geschenkverpackung mit Grußkarte", "Stk", "2.50", FULL));

	static final List<Item> PRINT = List.of(
			Item.of("DS-110", "Flyer DIN lang, 4/4-farbig, 135 g Bilderdruck, 5.000 Stück", "Aufl.", "189.00", FULL),
			Item.of("DS-120", "Visitenkarten 85 x 55 mm, 350 g, 500 Stück", "Aufl.", "39.00", FULL),
			Item.of("DS-130", "Plakate DIN A1, 4/0-farbig, 50 Stück", "Aufl.", "145.00", FULL),
			Item.of("DS-140", "Roll-up-Display 85 x 200 cm inkl. Tasche", "Stk", "119.00", FULL),
			Item.of("DS-150", "Datencheck und Druckvorstufe", "Std", "25.00", FULL),
			Item.of("DS-210", "Festschrift „100 Jahre Holzwerkstatt“, 64 Seiten, Hardcover, 300 Exemplare", "Aufl.",
					"2140.00", REDUCED),
			Item.of("DS-220", "Broschüre Firmenchronik, 48 Seiten, Klebebindung, 250 Exemplare", "Aufl.", "980.00",
					REDUCED));

	static final List<Item> ELECTRICIAN = List.of(
			Item.of("L01", "Arbeitszeit Elektromeister", "Std", "68.00", FULL),
			Item.of("L02", "Arbeitszeit Elektrogeselle", "Std", "54.00", FULL),
			Item.of("L10", "Anfahrtspauschale Stadtgebiet", "pausch.", "35.00", FULL),
			Item.of("M110", "Mantelleitung NYM-J 3 x 1,5 mm², grau", "m", "1.20", FULL),
			Item.of("M111", "Mantelleitung NYM-J 5 x 2,5 mm², grau", "m", "2.85", FULL),
			Item.of("M210", "Schutzkontakt-Steckdose unterputz, reinweiß, inkl. Rahmen", "Stk", "6.80", FULL),
			Item.of("M310", "FI/LS-Schalter B16, 30 mA, 1-polig + N, Typ A", "Stk", "48.50", FULL),
			Item.of("M410", "LED-Panel 62 x 62 cm, 40 W, 4000 K, für Rasterdecke inkl. Montagematerial", "Stk",
					"79.00", FULL),
			Item.of("M510", "Abzweigdose Aufputz IP54, 7 Einführungen", "Stk", "3.90", FULL),
			Item.of("P100",
					"Prüfung ortsveränderlicher elektrischer Betriebsmittel nach DGUV Vorschrift 3, je Gerät, einschließlich Prüfprotokoll und Prüfplakette",
					"Stk", "6.50", FULL));

	static final List<Item> IT = List.of(
			Item.of("HW-NB14", "Notebook 14\" Business, i5, 16 GB RAM, 512 GB SSD", "Stk", "1049.00", FULL),
			Item.of("HW-DOCK", "Dockingstation USB-C, 2 x DisplayPort", "Stk", "189.00", FULL),
			Item.of("HW-M27", "Monitor 27\" QHD, höhenverstellbar", "Stk", "279.00", FULL),
			Item.of("DL-SETUP", "Einrichtung Arbeitsplatz inkl. Datenübernahme", "Std", "95.00", FULL),
			Item.of("DL-BKP", "Managed Backup, Monatspauschale", "Monat", "149.00", FULL),
			Item.of("DL-FW", "Wartung Firewall und VPN, Quartalspauschale", "pausch.", "240.00", FULL),
			Item.of("LIZ-OFF", "Office-Paket Business, Lizenz je Nutzer und Monat", "Stk", "11.70", FULL));

	static final Item ROOM = Item.of("1", "Übernachtung Einzelzimmer „Kontor“", "Nacht", "98.00", REDUCED);
	static final Item BREAKFAST = Item.of("2", "Frühstücksbuffet", "Stk", "16.50", FULL);
	static final Item PARKING = Item.of("3", "Stellplatz Tiefgarage", "Tag", "12.00", FULL);
	static final Item MINIBAR = Item.of("4", "Minibar", "pausch.", "8.40", FULL);

	static final List<Item> PAINTER = List.of(
			Item.of("01.01", "Abdeck- und Schutzarbeiten, Böden und Fenster mit Folie und Malervlies", "pausch.", "180.00", FULL),
			Item.of("02.01", "Wandflächen spachteln (Q2) und schleifen", "Std", "52.00", FULL),
			Item.of("02.02", "Wandflächen mit Dispersionsfarbe weiß, zweifach deckend streichen", "m²", "8.90", FULL),
			Item.of("02.03", "Deckenflächen mit Dispersionsfarbe weiß streichen", "m²", "9.80", FULL),
			Item.of("03.01", "Innentüren inkl. Zargen schleifen und lackieren, seidenmatt", "Stk", "145.00", FULL));

	static final List<Item> TAX_ADVICE = List.of(
			Item.of("", "Lohn- und Gehaltsabrechnung März 2026, je Arbeitnehmer", "AN", "28.50", FULL),
			Item.of("", "Finanzbuchhaltung März 2026 (§ 33 StBVV), Gegenstandswert 84.000 €, 5/10", "pausch.", "385.00", FULL),
			Item.of("", "Umsatzsteuer-Voranmeldung März 2026 (§ 24 StBVV)", "pausch.", "112.00", FULL),
			Item.of("", "Post- und Telekommunikationspauschale (§ 16 StBVV)", "pausch.", "20.00", FULL));

	static final List<Item> HEATING = List.of(
			Item.of("W-100", "Wartung Gas-Brennwerttherme inkl. Abgasmessung", "pausch.", "189.00", FULL),
			Item.of("W-101", "Anfahrtspauschale", "pausch.", "45.00", FULL),
			Item.of("E-220", "Zündelektrode mit Dichtung", "Stk", "38.60", FULL),
			Item.of("E-230", "Heizkörperthermostat, programmierbar", "Stk", "42.00", FULL),
			Item.of("L-001", "Monteurstunde", "Std", "62.00", FULL));

	static final List<Item> NURSERY = List.of(
			Item.of("P-1031", "Ilex crenata (Buchsbaum-Ersatz), 30-40 cm, Topf", "Stk", "9.90", REDUCED),
			Item.of("P-2210", "Lavendel 'Hidcote', Topf 2 l", "Stk", "4.20", REDUCED),
			Item.of("P-3120", "Hainbuchenhecke, 125-150 cm, wurzelnackt", "Stk", "6.80", REDUCED),
			Item.of("S-0410", "Rindenmulch 10-40 mm, Sack 40 l", "Sack", "5.40", FULL),
			Item.of("D-0100", "Pflanzarbeiten Außenanlage", "Std", "46.00", FULL),
			Item.of("D-0200", "Entsorgung Grünschnitt", "pausch.", "65.00", FULL));

	static final List<Item> BAKERY = List.of(
			Item.of("101", "Brötchen gemischt", "Stk", "0.55", REDUCED),
			Item.of("114", "Butterbrezel", "Stk", "1.20", REDUCED),
			Item.of("230", "Apfelkuchen vom Blech, ganzes Blech", "Blech", "28.00", REDUCED),
			Item.of("231", "Käsekuchen, 26 cm", "Stk", "24.50", REDUCED),
			Item.of("410", "Kaffee im Pumpkännchen, 2 l, inkl. Geschirr", "Stk", "14.00", FULL),
			Item.of("900", "Lieferung und Aufbau", "pausch.", "25.00", FULL));

	static final List<Item> FREIGHT = List.of(
			Item.of("TL", "Teilladung Göttingen – Dortmund, 6 Paletten, 2.450 kg", "Sdg", "485.00", FULL),
			Item.of("MZ", "Mautzuschlag", "pausch.", "38.60", FULL),
			Item.of("PT", "Palettentausch Euro-Paletten", "Stk", "14.50", FULL),
			Item.of("AV", "Telefonische Avisierung", "Stk", "9.50", FULL),
			Item.of("HB", "Hebebühnenzustellung", "Sdg", "45.00", FULL),
			Item.of("WZ", "Wartezeit an der Rampe, je angefangene 15 min", "Einh.", "12.00", FULL));

	static final List<Item> CLEANING = List.of(
			Item.of("UR-01", "Unterhaltsreinigung Büro- und Sozialflächen, 420 m², Monatspauschale", "Monat", "980.00", FULL),
			Item.of("GR-02", "Glasreinigung Fensterflächen innen und außen", "m²", "3.20", FULL),
			Item.of("SR-03", "Sonderreinigung Teeküche und Kühlschränke", "Std", "32.50", FULL),
			Item.of("VB-04", "Hygienepapier und Seife nach Verbrauch", "pausch.", "64.30", FULL));

	static final List<Item> WINE = List.of(
			Item.of("2401", "Silvaner trocken 2024, 0,75 l", "Fl", "8.90", FULL),
			Item.of("2405", "Tauberschwarz Rotwein 2023, 0,75 l", "Fl", "12.50", FULL),
			Item.of("2409", "Rotling feinherb 2024, 0,75 l", "Fl", "7.50", FULL),
			Item.of("2450", "Winzersekt brut, 0,75 l", "Fl", "14.00", FULL),
			Item.of("9000", "Versandkosten", "pausch.", "12.90", FULL));

	static final List<Item> COPY_SHOP = List.of(
			Item.of("", "Kopie s/w A4", "Stk", "0.08", FULL),
			Item.of("", "Farbkopie A4", "Stk", "0.45", FULL),
			Item.of("", "Spiralbindung A4", "Stk", "3.50", FULL),
			Item.of("", "Laminieren A4", "Stk", "1.20", FULL),
			Item.of("", "Plot A1 farbig", "Stk", "9.90", FULL));

	static final List<Item> BIKE = List.of(
			Item.of("", "Inspektion Basis", "pausch.", "39.00", FULL),
			Item.of("", "Bremsbeläge Scheibenbremse, Satz", "Satz", "12.50", FULL),
			Item.of("", "Kette 9-fach", "Stk", "24.90", FULL),
			Item.of("", "Arbeitszeit Kettenwechsel", "Std", "48.00", FULL),
			Item.of("", "Schlauch 28\", Sclaverand", "Stk", "7.90", FULL));

	static final List<Item> ANALYTICS = List.of(
			Item.of("", "Data pipeline set-up, fixed price as per offer 2026-014", "ea", "2400.00", FULL),
			Item.of("", "Dashboard development", "h", "110.00", FULL),
			Item.of("", "Cloud hosting, March 2026", "mo", "89.00", FULL),
			Item.of("", "Workshop \"Reading your data\", half day", "ea", "650.00", FULL));

	static final List<Item> CONSULTING = List.of(
			Item.of("", "Strategy workshop, on site in Göttingen", "day", "1450.00", NONE),
			Item.of("", "Market analysis report: premium furniture in the UK", "ea", "3200.00", NONE),
			Item.of("", "Travel expenses, flat rate", "ea", "380.00", NONE));

	static final List<Item> ENERGY = List.of(
			Item.of("AP", "Arbeitspreis Strom 01.02.2026 - 28.02.2026", "kWh", "0.2874", FULL),
			Item.of("GP", "Grundpreis Februar 2026", "Monat", "14.90", FULL),
			Item.of("MS", "Messstellenbetrieb Februar 2026", "Monat", "8.25", FULL));
}
