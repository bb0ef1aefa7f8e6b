package de.kmuflow.extraction.internal.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartyBlockReaderTest {

	@Test
	void readsSellerFromTheSenderLineAndBuyerFromTheBlockBelowIt() {
		TestWords words = new TestWords().size(16).at(57, 50, "Logo-Text Haustechnik")
			.size(7).at(57, 140, "Muster Haustechnik GmbH · Werkstraße 12 · 50667 Köln")
			.size(10).at(57, 160, "Firma").at(57, 173, "Bäckerei Sonnenschein KG").at(57, 186, "Marktplatz 3").at(57, 199, "53111 Bonn");

		PartyBlockReader.Parties parties = new PartyBlockReader(words.text()).read();

		assertThat(parties.sellerName().get().value()).isEqualTo("Muster Haustechnik GmbH");
		assertThat(parties.sellerAddress().get().value()).isEqualTo("Werkstraße 12, 50667 Köln");
		assertThat(parties.buyerName().get().value()).isEqualTo("Bäckerei Sonnenschein KG");
	}

	@Test
	void readsASenderLineThatAGapCutIntoCells() {
		TestWords words = new TestWords().size(7).at(57, 140, "Malerbetrieb Vogt & Partner - Wilhelmshöher Allee 301")
			.at(260, 140, "34131 Kassel")
			.size(10).at(57, 160, "Landmetzgerei Huber").at(57, 173, "Dorfplatz 3").at(57, 186, "83646 Bad Tölz");

		PartyBlockReader.Parties parties = new PartyBlockReader(words.text()).read();

		assertThat(parties.sellerName().get().value()).isEqualTo("Malerbetrieb Vogt & Partner");
		assertThat(parties.buyerName().get().value()).isEqualTo("Landmetzgerei Huber");
	}

	@Test
	void readsSellerFromALetterheadConfirmedByTheFooter() {
		TestWords words = new TestWords().size(18).at(330, 50, "Druckerei Weiß AG")
			.size(8).at(330, 66, "Papierweg 5").at(330, 76, "04109 Leipzig")
			.size(10).at(57, 150, "Stadtwerke Beispielstadt GmbH").at(57, 163, "Postfach 1122").at(57, 176, "01067 Dresden")
			.size(7).at(57, 790, "Druckerei Weiß AG").at(57, 799, "Papierweg 5").at(57, 808, "04109 Leipzig");

		PartyBlockReader.Parties parties = new PartyBlockReader(words.text()).read();

		assertThat(parties.sellerName().get().value()).isEqualTo("Druckerei Weiß AG");
		assertThat(parties.sellerAddress().get().value()).isEqualTo("Papierweg 5, 04109 Leipzig");
		assertThat(parties.buyerName().get().value()).isEqualTo("Stadtwerke Beispielstadt GmbH");
		assertThat(parties.sellerName().get().confidence()).isGreaterThan(0.6);
	}

	@Test
	void readsPartiesNamedByLabels() {
		TestWords words = new TestWords().at(57, 100, "Rechnungssteller:").at(300, 100, "Rechnungsempfänger:")
			.at(57, 113, "Atelier Nord e.K.").at(300, 113, "Herrn Max Mustermann")
			.at(57, 126, "Am Deich 4").at(300, 126, "Lindenallee 9")
			.at(57, 139, "25813 Husum").at(300, 139, "24103 Kiel");

		PartyBlockReader.Parties parties = new PartyBlockReader(words.text()).read();

		assertThat(parties.sellerName().get().value()).isEqualTo("Atelier Nord e.K.");
		assertThat(parties.buyerName().get().value()).isEqualTo("Max Mustermann");
	}

	@Test
	void readsNamesFromTheSectionsOfAForm() {
		TestWords words = new TestWords().size(12).at(57, 80, "Informationen zum Käufer")
			.size(9).at(57, 100, "Name:").at(160, 100, "ODIN 59").at(57, 113, "PLZ:").at(160, 113, "1960 AJ")
			.size(12).at(57, 150, "Informationen zum Verkäufer")
			.size(9).at(57, 170, "Firmenname:").at(160, 170, "De Koksmaat").at(57, 183, "Ort:").at(160, 183, "Velsen-Noord");

		PartyBlockReader.Parties parties = new PartyBlockReader(words.text()).read();

		assertThat(parties.buyerName().get().value()).isEqualTo("ODIN 59");
		assertThat(parties.sellerName().get().value()).isEqualTo("De Koksmaat");
	}

	@Test
	void splitsASenderLine() {
		assertThat(PartyBlockReader.senderLine("Feinkost Albers e.K. | Hafenstraße 8 | 20457 Hamburg | Tel. 040 123"))
			.contains(new PartyBlockReader.Party("Feinkost Albers e.K.", "Hafenstraße 8, 20457 Hamburg"));
		assertThat(PartyBlockReader.senderLine("Bitte überweisen Sie den Betrag")).isEmpty();
	}

	@Test
	void takesASenderWhoGoesByAWebAddress() {
		assertThat(PartyBlockReader.senderLine("weclapp.com | Somestreet 42 | 08155 Some city"))
			.contains(new PartyBlockReader.Party("weclapp.com", "Somestreet 42, 08155 Some city"));
		assertThat(PartyBlockReader.spacedLegalForm("Bei SpielGmbH")).isEqualTo("Bei Spiel GmbH");
		assertThat(PartyBlockReader.spacedLegalForm("Verlag Schmidt AG")).isEqualTo("Verlag Schmidt AG");
	}

	@Test
	void findsNoPartiesInAnEmptyLetter() {
		PartyBlockReader.Parties parties = new PartyBlockReader(new TestWords().at(57, 400, "Vielen Dank").text()).read();

		assertThat(parties.buyerName()).isEmpty();
	}

	@Test
	void aNumbersLabelIsNoName() {
		assertThat(PartyBlockReader.isNameLike("WEE-Reg-Nr.")).isFalse();
		assertThat(PartyBlockReader.isNameLike("Kunden Nr")).isFalse();
		assertThat(PartyBlockReader.isNameLike("Nordlicht Bau GmbH")).isTrue();
	}

	@Test
	void anIdentifiersNameIsNoName() {
		assertThat(PartyBlockReader.isNameLike("GLN")).isFalse();
		assertThat(PartyBlockReader.isNameLike("GLN 4333741000005")).isFalse();
		assertThat(PartyBlockReader.isNameLike("USt-IdNr.")).isFalse();
		assertThat(PartyBlockReader.isNameLike("HRB 372876")).isFalse();
		assertThat(PartyBlockReader.isNameLike("Glanz Reinigung GmbH")).isTrue();
	}
}
