package de.kmuflow.samples;

import de.kmuflow.samples.model.Party;

/**
 * The fictional companies of the samples. Names, addresses, numbers and accounts are invented (e-mail
 * domains use the reserved .example top-level domain, banks are invented too); VAT IDs
 * and IBANs carry correct check digits so that validation rules can be tried on them.
 */
final class Companies {

	private Companies() {
	}

	// suppliers

	static final Party BRANDT = new Party("Brandt Bürobedarf GmbH", "Am Kröpcke 3", "30159", "Hannover", "DE",
			Ids.germanVatId("81524763"), "25/206/14587", Ids.germanIban("25090300", "4711084200"), "LEHADE2HXXX",
			"Leinebank Hannover", "0511 4471-0", "rechnung@brandt-buero.example", "Katrin Wolters",
			"Amtsgericht Hannover HRB 61234", "Jörg Brandt");

	static final Party FEINKOST = new Party("Feinkost Albrecht & Söhne OHG", "Obere Brücke 12", "96047", "Bamberg",
			"DE", Ids.germanVatId("13268450"), "207/158/40219", Ids.germanIban("77050018", "0310552876"),
			"RSBADEM1BAM", "Regnitz-Sparkasse Bamberg", "0951 20588-12", "buchhaltung@feinkost-albrecht.example", null,
			"Amtsgericht Bamberg HRA 4412", "Ludwig und Theresa Albrecht");

	static final Party KESSLER = new Party("Elektro Kessler e.K.", "Donaustaufer Straße 88", "93059", "Regensburg",
			"DE", null, "244/231/70566", Ids.germanIban("75060150", "0008813307"), "DORADEM1REG",
			"Donau-Raiffeisenbank Regensburg", "0941 79 33 12", "info@elektro-kessler.example", "Markus Kessler",
			"Amtsgericht Regensburg HRA 9087", "Markus Kessler");

	static final Party NORDLICHT = new Party("Nordlicht IT-Service GmbH", "Holtenauer Straße 214", "24106", "Kiel",
			"DE", Ids.germanVatId("29571836"), "20/291/55813", Ids.germanIban("21050170", "1004477215"),
			"KIFODEH1KIE", "Kieler Fördebank", "0431 5560 900", "faktura@nordlicht-it.example", "Sönke Jacobsen",
			"Amtsgericht Kiel HRB 23877 KI", "Sönke Jacobsen, Imke Harms");

	static final Party SONNENSCHEIN = new Party("Druckerei Sonnenschein KG", "Habsburgerstraße 40", "79104",
			"Freiburg im Breisgau", "DE", Ids.germanVatId("14206691"), "06469/38117",
			Ids.germanIban("68050101", "0002290145"), "BRVODE61FRE", "Breisgauer Volksbank",
			"0761 38 20 77", "auftrag@druckerei-sonnenschein.example", "Lea Fischbach", "Amtsgericht Freiburg HRA 7021",
			"Bernd Sonnenschein");

	static final Party STEINER = new Party("Werkzeughandel Steiner GmbH", "Blaubeurer Straße 151", "89077", "Ulm",
			"DE", Ids.germanVatId("30894217"), "88001/12954", Ids.germanIban("63050000", "0021455903"),
			"ULHBDES1ULM", "Ulmer Handelsbank", "0731 93 07 40", "rechnungen@steiner-werkzeug.example", null,
			"Amtsgericht Ulm HRB 730215", "Anton Steiner");

	static final Party ALTE_POST = new Party("Hotel Alte Post Lüneburg GmbH", "Am Sande 21", "21335", "Lüneburg",
			"DE", Ids.germanVatId("11638924"), "33/210/06374", Ids.germanIban("24050110", "0061173920"),
			"HESPDE21LUE", "Heidesparkasse Lüneburg", "04131 72 45 0", "rezeption@altepost-lueneburg.example", null,
			"Amtsgericht Lüneburg HRB 20113", "Frauke Petersen");

	static final Party LUMEN = new Party("Lumen Analytics GmbH", "Oranienstraße 185", "10999", "Berlin", "DE",
			Ids.germanVatId("32417759"), "29/531/30144", Ids.germanIban("10090044", "5533871002"), "SPBEDEBBXXX",
			"Spreebank Berlin", "+49 30 6098 4410", "billing@lumen-analytics.example", "Priya Raman",
			"Local court Berlin-Charlottenburg HRB 208871 B", "Jonas Feld, Priya Raman");

	static final Party NORTHBRIDGE = new Party("Northbridge Consulting Ltd", "14 Paul Street", "EC2A 4NE", "London",
			"GB", "GB284715093", null, Ids.britishIban("TMBK", "601613", "31926819"), "TMBKGB2LXXX",
			"Thamesbridge Bank plc", "+44 20 7946 0321", "accounts@northbridge-consulting.example",
			"Oliver Hastings", "Registered in England and Wales, company no. 09871234", "Oliver Hastings");

	static final Party COPY_UND_CO = new Party("Copy & Co Göttingen", "Weender Straße 62", "37073", "Göttingen", "DE",
			null, "20/145/12703", null, null, null, "0551 48 77 30", "laden@copyundco-goe.example", null, null,
			"Nadine Ebert");

	static final Party SPEICHE = new Party("Fahrradwerkstatt Speiche", "Lange Geismarstraße 9", "37073", "Göttingen",
			"DE", null, "20/148/30916", Ids.germanIban("26050001", "0044718291"), "SNGBDE2GXXX",
			"Südniedersächsische Genossenschaftsbank", "0551 39 11 02", "hallo@speiche-goettingen.example", null, null, "Tim Brockmann");

	static final Party VOGT = new Party("Malerbetrieb Vogt & Partner", "Wilhelmshöher Allee 301", "34131", "Kassel",
			"DE", Ids.germanVatId("24193375"), "26/806/21945", Ids.germanIban("52050353", "0140088736"),
			"FUVODEF1KSL", "Fuldatal Volksbank Kassel", "0561 31 66 98", "buero@maler-vogt.example", "Sabine Vogt",
			"Partnerschaftsregister Kassel PR 118", "Sabine und Ralf Vogt");

	static final Party HARTMANN = new Party("Spedition Hartmann Logistik GmbH", "Ruhrorter Straße 17", "47059",
			"Duisburg", "DE", Ids.germanVatId("12074419"), "134/5712/3308", Ids.germanIban("35050000", "0200914472"),
			"RRHBDED1DUI", "Rhein-Ruhr Handelsbank", "0203 99 41 70", "abrechnung@hartmann-logistik.example",
			"Dennis Kowalczyk", "Amtsgericht Duisburg HRB 31907", "Heike Hartmann");

	static final Party WEIDMANN = new Party("Kanzlei Dr. Weidmann Steuerberatung", "Große Bleiche 46", "55116",
			"Mainz", "DE", null, "26/650/77134", Ids.germanIban("55050120", "0018322961"), "MABUDE51MNZ",
			"Mainzer Bürgerbank", "06131 61 92 40", "kanzlei@weidmann-stb.example", "Dr. Claudia Weidmann",
			"Steuerberaterkammer Rheinland-Pfalz", "Dr. Claudia Weidmann");

	static final Party PETERSEN = new Party("Heizungsbau Petersen GmbH", "Husumer Straße 58", "24941", "Flensburg",
			"DE", Ids.germanVatId("28810647"), "15/293/41552", Ids.germanIban("21550050", "0011093385"),
			"NFLBDE21FLE", "Nordfriesische Landbank", "0461 14 08 60", "service@petersen-heizung.example", null,
			"Amtsgericht Flensburg HRB 9921 FL", "Nis Petersen");

	static final Party LINDENHOF = new Party("Gärtnerei Lindenhof GbR", "Lindenweg 4", "21379", "Scharnebeck", "DE",
			Ids.germanVatId("11904582"), "33/143/51129", Ids.germanIban("24060300", "2807713400"), "VEHEDEF1SCH",
			"Volksbank Elbmarsch-Heide", "04136 90 11 7", "post@gaertnerei-lindenhof.example", null, null,
			"Greta und Ole Lindemann");

	static final Party KORNBLUME = new Party("Bäckerei Kornblume", "Semmelstraße 31", "97070", "Würzburg", "DE",
			Ids.germanVatId("13370284"), "257/214/90813", Ids.germanIban("79050000", "0046018823"), "MFSPDEF1WUE",
			"Mainfränkische Sparbank", "0931 35 48 21", "bestellung@baeckerei-kornblume.example", null, null,
			"Josef Kornmüller");

	static final Party RHEINKRAFT = new Party("Rheinkraft Energie GmbH", "Kennedyallee 12", "53175", "Bonn", "DE",
			Ids.germanVatId("12279054"), "205/5740/2218", Ids.germanIban("38050000", "0083211496"), "SIGBDED1BON",
			"Siebengebirgsbank Bonn", "0228 8847 100", "kundenservice@rheinkraft-energie.example", "Team Geschäftskunden",
			"Amtsgericht Bonn HRB 24417", "Dr. Markus Lenz");

	static final Party BERGKRISTALL = new Party("Bergkristall Reinigungsservice GmbH", "Rosenheimer Straße 145",
			"81671", "München", "DE", Ids.germanVatId("26640128"), "143/181/60522",
			Ids.germanIban("70150000", "1003392714"), "ISTBDEM1MUC", "Isartal Bank München", "089 4521 3390",
			"rechnung@bergkristall-reinigung.example", "Elif Demir", "Amtsgericht München HRB 281044", "Elif Demir");

	static final Party TAUBERTAL = new Party("Weingut Taubertal eG", "Kellereiweg 2", "97990", "Weikersheim", "DE",
			Ids.germanVatId("14598231"), "75039/41112", Ids.germanIban("62050000", "0000774196"), "HOWIDE61WEI",
			"Hohenloher Winzerbank", "07934 99 05 0", "versand@weingut-taubertal.example", null,
			"Genossenschaftsregister Stuttgart GnR 730418", "Vorstand: Karl Hessler");

	// buyers: the small businesses that receive the invoices

	static final Party BERGER = new Party("Holzwerkstatt Berger GmbH", "Robert-Bosch-Breite 10", "37079", "Göttingen",
			"DE", Ids.germanVatId("11572230"), null, null, null, null, "0551 50 77 40", "einkauf@holzwerkstatt-berger.example",
			null, null, null);

	static final Party BOHNENGLUECK = new Party("Kaffeerösterei Bohnenglück GmbH", "Speicherstraße 8", "44147",
			"Dortmund", "DE", Ids.germanVatId("12555973"), null, null, null, null, "0231 47 11 90",
			"buchhaltung@bohnenglueck.example", null, null, null);

	static final Party OHLSEN = new Party("Sanitär Ohlsen KG", "Hafenstraße 27", "25813", "Husum", "DE",
			Ids.germanVatId("29903316"), null, null, null, null, "04841 66 30 2", "info@sanitaer-ohlsen.example", null, null,
			null);

	static final Party HUBER = new Party("Landmetzgerei Huber", "Dorfplatz 3", "83646", "Bad Tölz", "DE",
			Ids.germanVatId("13104762"), null, null, null, null, "08041 24 18", "metzgerei-huber@mail.example", null,
			null, null);

	/** A fictional town's building department: public buyers demand XRechnung with a Leitweg-ID. */
	static final Party TALBRUECK = new Party("Stadt Talbrück, Fachbereich Gebäudewirtschaft", "Rathausplatz 1",
			"37199", "Talbrück", "DE", null, null, null, null, null, "05556 940-0", "gebaeude@talbrueck.example", null,
			null, null);
}
