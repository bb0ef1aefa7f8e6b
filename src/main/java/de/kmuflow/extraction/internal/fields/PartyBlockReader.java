package de.kmuflow.extraction.internal.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import de.kmuflow.extraction.internal.fields.TextBlock.Cell;

/**
 * Reads who sends the invoice and to whom. The seller shows in several places, and each is a
 * candidate: the sender line above the recipient window ("Muster GmbH · Hauptstr. 1 · 12345
 * Berlin"), the letterhead at the top of page 1 (large type, a legal form such as GmbH), a block
 * labeled "Rechnungssteller", and the footer that repeats the company. The same name found in
 * several places gains. The buyer is the address block a label names ("Rechnungsempfänger",
 * "Bill to"), or the one under the sender line, or the one in the window position of a letter.
 */
final class PartyBlockReader {

	// OCR reads the middle dot of a sender line as "»", ":", "-" or "•"
	private static final Pattern SEGMENT_BREAK = Pattern.compile("\\s*(?:[·•|∙●▪]|\\s[-–—»«:*]\\s|,|\\s{2,})\\s*");

	/** "Globale Nummer: 4000001123452": a field of a few words, a colon and its value. */
	private static final Pattern FIELD = Pattern.compile("[\\p{L}.\\- ]{2,30}\\s?:\\s*\\S");

	/** A copyright or rights notice in a header or footer names whoever made the layout, not the seller. */
	private static final Pattern GLUED_LEGAL_FORM = Pattern.compile("(\\p{Ll})(GmbH|AG|KG|UG|OHG|SE)\\b");
	private static final Pattern BARE_DOMAIN = Pattern.compile("(?i)[\\p{L}\\d-]{2,}\\.(de|com|eu|net|org|at|ch)");
	private static final Pattern NOTICE = Pattern.compile("(?i)©|\\(c\\)|copyright|all rights reserved|alle rechte");

	/** "W A R E N R E C H N U N G": a title spaced out letter by letter. */
	private static final Pattern LETTER_SPACED = Pattern.compile("(\\S ){3,}\\S");

	/** "WEEE-Reg-Nr.", "Kunden-Nr": the label of a number whose value stands beside it, not a name. */
	private static final Pattern NUMBER_LABEL = Pattern.compile("(?i)[-\\s.](nr|no)\\.?$");

	/** "GLN", "USt-IdNr": the name of an identifier standing alone where a name could stand. */
	private static final Pattern IDENTIFIER_LABEL = Pattern
		.compile("(?i)(gln|iln|gtin|ean|duns|hr[ab]|ust-?id-?nr\\.?|steuer-?nr\\.?)(:?\\s[^\\p{L}]*)?");

	record Parties(Optional<Chosen<String>> sellerName, Optional<Chosen<String>> sellerAddress,
			Optional<Chosen<String>> buyerName) {
	}

	/** A possible seller with the address found beside it (may be null). */
	record Party(String name, String address) {
	}

	/** The buyer's name and the address block it came from. */
	private record Buyer(Chosen<String> name, TextBlock block) {
	}

	private final InvoiceText text;
	private final java.util.Set<Line> senderLines = new java.util.HashSet<>();

	PartyBlockReader(InvoiceText text) {
		this.text = text;
	}

	Parties read() {
		List<Line> firstPage = text.page(1);
		List<TextBlock> blocks = TextBlock.of(firstPage);
		List<Candidate<Party>> sellers = new ArrayList<>();
		List<Cell> senderLines = new ArrayList<>();
		for (Line line : text.lines()) {
			boolean top = line.page() == 1 && line.relativeY() < 0.5;
			boolean footer = line.relativeY() > 0.75;
			if (!top && !footer) {
				continue;
			}
			boolean found = false;
			for (int[] range : line.cells()) {
				Cell cell = new Cell(line, range[0], range[1]);
				Optional<Party> sender = senderLine(cell.text());
				if (sender.isPresent()) {
					found = true;
					this.senderLines.add(line);
					sellers.add(new Candidate<>(sender.get(), top ? 0.8 : 0.6));
					if (top) {
						senderLines.add(cell);
					}
				}
			}
			// a wide gap (or OCR) may have cut the sender line into cells
			Optional<Party> whole = found || line.cellCount() < 2 ? Optional.empty()
					: senderLine(line.text().replace(Line.CELL_BREAK + "", " · "));
			if (whole.isPresent()) {
				this.senderLines.add(line);
				sellers.add(new Candidate<>(whole.get(), top ? 0.7 : 0.5));
				if (top) {
					senderLines.add(new Cell(line, 0, line.size() - 1));
				}
			}
		}
		addLabeledSeller(blocks, sellers);
		sectionNames(LabelKind.SELLER_PARTY).forEach(c -> sellers.add(new Candidate<>(new Party(c.value(), null), c.score())));
		addFooters(sellers);
		String sellerSoFar = Ranking.of(sellers, p -> companyKey(p.name())).best()
			.map(p -> companyKey(p.name()))
			.orElse("");
		Optional<Buyer> buyerBlock = buyer(blocks, senderLines, sellerSoFar);
		Optional<Chosen<String>> buyer = buyerBlock.map(Buyer::name).map(c -> c.map(PartyBlockReader::spacedLegalForm));
		addLetterhead(blocks, buyerBlock.map(Buyer::block).orElse(null), sellers);
		Ranking<Party> sellerRanking = Ranking.of(sellers, p -> companyKey(p.name()));
		Optional<Chosen<String>> sellerName = Optional.empty();
		Optional<Chosen<String>> sellerAddress = Optional.empty();
		for (Ranking.Ranked<Party> ranked : sellerRanking.ranked()) {
			boolean isBuyer = buyer.isPresent() && companyKey(buyer.get().value()).equals(companyKey(ranked.value().name()));
			if (isBuyer || ranked.score() < 0.25) {
				continue;
			}
			double confidence = ranked == sellerRanking.ranked().get(0) ? sellerRanking.confidence() : ranked.score() * 0.6;
			sellerName = Optional.of(new Chosen<>(spacedLegalForm(fullName(ranked.value().name(), sellers)), confidence));
			sellerAddress = addressOf(ranked.value(), sellers).map(a -> new Chosen<>(a, confidence * 0.9));
			break;
		}
		return new Parties(sellerName, sellerAddress, buyer);
	}

	/** "Bei SpielGmbH" as OCR may read it is "Bei Spiel GmbH". */
	static String spacedLegalForm(String name) {
		return GLUED_LEGAL_FORM.matcher(name).replaceAll("$1 $2");
	}

	/** "Tischlerei Huber" in the letterhead and "Tischlerei Huber e.U." in the footer are one company. */
	static String companyKey(String name) {
		return TextFolding.key(AddressPatterns.LEGAL_FORM.matcher(name).replaceAll(" "));
	}

	/** Of the spellings of one company, the one with its legal form. */
	private static String fullName(String name, List<Candidate<Party>> all) {
		String key = companyKey(name);
		return all.stream()
			.map(c -> c.value().name())
			.filter(n -> companyKey(n).equals(key) && AddressPatterns.hasLegalForm(n))
			.max((a, b) -> Integer.compare(a.length(), b.length()))
			.orElse(name);
	}

	/** "Muster GmbH · Hauptstr. 1 · 12345 Berlin": name, street and place in one small line. */
	static Optional<Party> senderLine(String line) {
		if (!AddressPatterns.isPostalLine(line) || line.length() > 160) {
			return Optional.empty();
		}
		String[] segments = SEGMENT_BREAK.split(line.trim());
		if (segments.length < 3) {
			return Optional.empty();
		}
		String name = segments[0];
		// a sender who goes by a web address ("weclapp.com | Somestreet 42 | 08155 Some city")
		if (!isNameLike(name) && !BARE_DOMAIN.matcher(name.trim()).matches()) {
			return Optional.empty();
		}
		List<String> address = new ArrayList<>();
		for (int i = 1; i < segments.length; i++) {
			String segment = segments[i];
			if (AddressPatterns.isContact(segment)) {
				continue;
			}
			if (AddressPatterns.isStreet(segment) || AddressPatterns.isPostalLine(segment)) {
				address.add(segment);
			}
			if (AddressPatterns.isPostalLine(segment)) {
				break;
			}
		}
		if (address.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Party(name, String.join(", ", address)));
	}

	/** The largest type at the top of page 1 that is no label, address or contact line. */
	private void addLetterhead(List<TextBlock> blocks, TextBlock buyer, List<Candidate<Party>> sellers) {
		double tallest = 0;
		List<Cell> cells = new ArrayList<>();
		for (TextBlock block : blocks) {
			if (block == buyer || partyLabel(block).isPresent()) {
				continue;
			}
			for (Cell cell : block.cells()) {
				if (cell.line().relativeY() < 0.25) {
					cells.add(cell);
					tallest = Math.max(tallest, cell.height());
				}
			}
		}
		boolean firstSeen = false;
		for (TextBlock block : blocks) {
			for (int i = 0; i < block.cells().size(); i++) {
				Cell cell = block.cells().get(i);
				if (!cells.contains(cell) || !isNameLike(cell.text()) || isLabeled(cell)
						|| senderLine(cell.text()).isPresent()) {
					continue;
				}
				double score = 0.25 + 0.3 * cell.height() / tallest;
				if (AddressPatterns.hasLegalForm(cell.text())) {
					score += 0.25;
				}
				if (!firstSeen) {
					score += 0.05;
					firstSeen = true;
				}
				String address = addressAfter(block, i);
				if (address != null) {
					score += 0.1;
				}
				sellers.add(new Candidate<>(new Party(cell.text(), address), score));
			}
		}
	}

	/** A block introduced by "Rechnungssteller", "Lieferant", "Seller" or "From". */
	private void addLabeledSeller(List<TextBlock> blocks, List<Candidate<Party>> sellers) {
		for (TextBlock block : blocks) {
			Optional<LabelHit> label = partyLabel(block);
			if (label.isPresent() && label.get().kind() == LabelKind.SELLER_PARTY) {
				nameCell(block, label.get()).ifPresent(i -> {
					Cell cell = block.cells().get(i);
					String name = nameIn(cell, label.get());
					if (isNameLike(name)) {
						sellers.add(new Candidate<>(new Party(name, addressAfter(block, i)), 0.8 * label.get().strength()));
					}
				});
			}
		}
	}

	/** Footers repeat the company: a cell with a legal form, or the first cell of an address column. */
	private void addFooters(List<Candidate<Party>> sellers) {
		for (int page = 1; page <= text.lastPage(); page++) {
			List<Line> footer = text.page(page).stream().filter(l -> l.relativeY() > 0.75).toList();
			for (TextBlock block : TextBlock.of(footer)) {
				for (int i = 0; i < block.cells().size(); i++) {
					Cell cell = block.cells().get(i);
					String name = cell.text();
					if (!isNameLike(name) || isLabeled(cell) || AddressPatterns.BANK.matcher(name).find()) {
						continue;
					}
					String address = addressAfter(block, i);
					boolean legal = AddressPatterns.hasLegalForm(name);
					if (legal || i == 0 && address != null) {
						double score = (legal ? 0.45 : 0.3) + (address != null ? 0.1 : 0);
						sellers.add(new Candidate<>(new Party(name, address), score / Math.max(1, page)));
					}
				}
			}
		}
	}

	private Optional<Buyer> buyer(List<TextBlock> blocks, List<Cell> senderLines, String sellerKey) {
		List<Candidate<Buyer>> candidates = new ArrayList<>();
		for (TextBlock block : blocks) {
			if (block.top() / Math.max(1, block.first().line().pageHeight()) > 0.6) {
				continue;
			}
			Optional<LabelHit> label = partyLabel(block);
			Optional<Integer> nameCell = nameCell(block, label.orElse(null));
			if (nameCell.isEmpty()) {
				continue;
			}
			// an address: a postal code and place below the name (the sender line above it does not count)
			boolean postal = false;
			for (int i = nameCell.get() + 1; i < block.cells().size(); i++) {
				postal |= AddressPatterns.isPostalLine(block.cells().get(i).text());
			}
			double score;
			if (label.isPresent() && label.get().kind() == LabelKind.BUYER_PARTY) {
				score = 0.5 + 0.4 * label.get().strength();
			}
			else if (label.isPresent()) {
				continue;
			}
			else if (postal && isBelowSenderLine(block, senderLines)) {
				score = 0.85;
			}
			else if (postal && isInWindow(block)) {
				score = 0.55;
			}
			else if (postal && isBelowLetterhead(block)) {
				score = 0.3;
			}
			else {
				continue;
			}
			String name = AddressPatterns.withoutSalutation(nameIn(block.cells().get(nameCell.get()), label.orElse(null)));
			if (!isNameLike(name)) {
				continue;
			}
			if (companyKey(name).equals(sellerKey)) {
				score *= 0.2;
			}
			if (block.x() > block.first().line().pageWidth() * 0.5 && label.isEmpty()) {
				score *= 0.6;
			}
			candidates.add(new Candidate<>(new Buyer(new Chosen<>(name, 0), block), score));
		}
		for (Candidate<String> section : sectionNames(LabelKind.BUYER_PARTY)) {
			candidates.add(new Candidate<>(new Buyer(new Chosen<>(section.value(), 0), null), section.score()));
		}
		Ranking<Buyer> ranking = Ranking.of(candidates, b -> TextFolding.key(b.name().value()));
		return ranking.choose(0.25).map(c -> new Buyer(c.value().name().withConfidence(c.confidence()), c.value().block()));
	}

	/**
	 * Form-like layouts head a section with the party ("Informationen zum Verkäufer") and give its
	 * name in a field below ("Firmenname: ..."). The first name field before the next party wins.
	 */
	private List<Candidate<String>> sectionNames(LabelKind party) {
		List<Candidate<String>> names = new ArrayList<>();
		ValueLocator locator = new ValueLocator(text);
		for (LabelHit header : text.labels(party)) {
			if (!text.headsSection(header)) {
				continue;
			}
			String firstName = null;
			for (int offset = 1; offset <= 8; offset++) {
				Line line = text.neighbour(header.line(), offset);
				if (line == null || text.labels(line).stream().anyMatch(PartyBlockReader::isPartyLabel)) {
					break;
				}
				// "Verkäufer:" then "Nummer: 549910", then the name on a line of its own
				if (firstName == null && text.labels(line).isEmpty() && line.cellCount() == 1 && isNameLike(line.text())) {
					firstName = line.text();
				}
				Optional<LabelHit> nameLabel = text.labels(line).stream().filter(h -> h.kind() == LabelKind.PARTY_NAME).findFirst();
				if (nameLabel.isPresent()) {
					locator.sameLine(nameLabel.get(), text::phrases)
						.stream()
						.findFirst()
						.filter(l -> isLabeledName(l.value()))
						.ifPresent(l -> names.add(new Candidate<>(l.value(), 0.75 * header.strength() * l.geometry())));
					firstName = null;
					break;
				}
			}
			if (firstName != null) {
				names.add(new Candidate<>(firstName, 0.6 * header.strength()));
			}
		}
		return names;
	}

	/** A party label in the block's first cell or just above it in the same column. */
	private Optional<LabelHit> partyLabel(TextBlock block) {
		Cell first = block.first();
		for (LabelHit hit : text.labels(first.line())) {
			if (isPartyLabel(hit) && hit.firstWord() == first.first()) {
				return Optional.of(hit);
			}
			// "Bill to:" in a cell left of the block's first line, heading no column of its own
			if (isPartyLabel(hit) && hit.lastWord() == first.first() - 1 && !headsColumn(hit)) {
				return Optional.of(hit);
			}
		}
		Line above = text.neighbour(first.line(), -1);
		if (above != null && first.top() - above.bottom() < 2 * first.height()) {
			for (LabelHit hit : text.labels(above)) {
				boolean overColumn = hit.x() < first.x() + 3 * first.height() && hit.right() > first.x() - first.height();
				if (isPartyLabel(hit) && overColumn && hit.firstWord() == firstWordOfCell(above, hit.firstWord())) {
					return Optional.of(hit);
				}
			}
		}
		return Optional.empty();
	}

	private boolean headsColumn(LabelHit label) {
		Line below = text.neighbour(label.line(), 1);
		return below != null && below.words().stream().anyMatch(w -> w.x() < label.right() && w.right() > label.x());
	}

	private static int firstWordOfCell(Line line, int word) {
		int first = word;
		while (first > 0 && line.cellOf(first - 1) == line.cellOf(word)) {
			first--;
		}
		return first;
	}

	/** A party label; a weak one ("An", "To", "Von") only where it begins a cell, not in "Alphen aan den Rijn". */
	private static boolean isPartyLabel(LabelHit hit) {
		boolean party = hit.kind() == LabelKind.BUYER_PARTY || hit.kind() == LabelKind.SELLER_PARTY
				|| hit.kind() == LabelKind.DELIVERY_PARTY;
		boolean startsCell = hit.firstWord() == 0 || hit.line().cellOf(hit.firstWord() - 1) != hit.line().cellOf(hit.firstWord());
		return party && (hit.strength() >= 0.9 || startsCell);
	}

	/** The first cell of a block that holds a name: after the label, sender line and salutations. */
	private Optional<Integer> nameCell(TextBlock block, LabelHit label) {
		for (int i = 0; i < block.cells().size(); i++) {
			Cell cell = block.cells().get(i);
			String name = AddressPatterns.withoutSalutation(nameIn(cell, label));
			boolean labelOnly = name.endsWith(":");
			boolean noWord = name.chars().filter(Character::isLetter).count() < 2;
			boolean sender = senderLines.contains(cell.line()) || senderLine(cell.text()).isPresent();
			if (!sender && AddressPatterns.isPostalLine(cell.text())) {
				// the address ends before a name was seen
				return Optional.empty();
			}
			// "Nummer: 549910", "Globale Nummer: ..." above the name in a party section are fields, no name
			if (sender || noWord || labelOnly || AddressPatterns.isStreet(cell.text()) || startsWithField(cell)) {
				continue;
			}
			return Optional.of(i);
		}
		return Optional.empty();
	}

	private boolean startsWithField(Cell cell) {
		return FIELD.matcher(cell.text()).lookingAt() || text.labels(cell.line()).stream().anyMatch(h -> h.firstWord() == cell.first()
				&& !isPartyLabel(h) && h.kind() != LabelKind.DOCUMENT_TITLE && h.kind() != LabelKind.OTHER);
	}

	/** The cell's text, without the label when the label shares the cell. */
	private static String nameIn(Cell cell, LabelHit label) {
		if (label != null && label.line() == cell.line() && label.firstWord() >= cell.first()
				&& label.lastWord() <= cell.last()) {
			return label.lastWord() >= cell.last() ? "" : cell.line().text(label.lastWord() + 1, cell.last());
		}
		return cell.text();
	}

	private boolean isBelowSenderLine(TextBlock block, List<Cell> senderLines) {
		for (Cell sender : senderLines) {
			boolean below = block.top() >= sender.top() && block.top() - sender.bottom() < 4 * block.first().height();
			boolean sameColumn = Math.abs(block.x() - sender.x()) < 3 * block.first().height();
			if (below && sameColumn) {
				return true;
			}
		}
		return false;
	}

	/** Not the page's very top, where the sender's own letterhead stands. */
	private static boolean isBelowLetterhead(TextBlock block) {
		double relativeTop = block.top() / Math.max(1, block.first().line().pageHeight());
		return relativeTop > 0.08 && relativeTop < 0.5;
	}

	/** The address window of a letter: left half, upper part of page 1. */
	private static boolean isInWindow(TextBlock block) {
		Line line = block.first().line();
		double relativeTop = block.top() / Math.max(1, line.pageHeight());
		return line.page() == 1 && block.x() < line.pageWidth() * 0.5 && relativeTop > 0.08 && relativeTop < 0.45;
	}

	/** Street and place in the cells after a name, up to the postal line; null when there is none. */
	private static String addressAfter(TextBlock block, int nameIndex) {
		List<String> parts = new ArrayList<>();
		for (int i = nameIndex + 1; i < block.cells().size() && i <= nameIndex + 4; i++) {
			String cell = block.cells().get(i).text();
			if (AddressPatterns.isContact(cell)) {
				continue;
			}
			if (AddressPatterns.isStreet(cell) || AddressPatterns.isPostalLine(cell)) {
				parts.add(cell);
			}
			if (AddressPatterns.isPostalLine(cell)) {
				return String.join(", ", parts);
			}
		}
		return null;
	}

	private static Optional<String> addressOf(Party chosen, List<Candidate<Party>> all) {
		if (chosen.address() != null) {
			return Optional.of(chosen.address());
		}
		String key = companyKey(chosen.name());
		return all.stream()
			.filter(c -> c.value().address() != null && companyKey(c.value().name()).equals(key))
			.max((a, b) -> Double.compare(a.score(), b.score()))
			.map(c -> c.value().address());
	}

	/** A label of a field at the start of the cell marks it as no name ("Rechnung", "Tel.", "IBAN"). */
	private boolean isLabeled(Cell cell) {
		return text.labels(cell.line()).stream()
			.anyMatch(h -> h.firstWord() >= cell.first() && h.firstWord() <= cell.last() && h.kind() != LabelKind.OTHER
					&& h.kind() != LabelKind.TOTAL && h.kind() != LabelKind.SELLER_PARTY
					&& (h.firstWord() == cell.first() || h.kind() == LabelKind.DOCUMENT_TITLE));
	}

	/** A value a name label points to needs letters only; "ODIN 59" is a name there, not a street. */
	private static boolean isLabeledName(String text) {
		return text.chars().filter(Character::isLetter).count() >= 2 && text.length() <= 80
				&& !AddressPatterns.isContact(text);
	}

	/** Letters enough to be a name; not an address, contact, amount or date line. */
	static boolean isNameLike(String text) {
		String trimmed = text.trim();
		long letters = trimmed.chars().filter(Character::isLetter).count();
		long digits = trimmed.chars().filter(Character::isDigit).count();
		return letters >= 2 && digits <= letters && trimmed.length() <= 80 && !AddressPatterns.isContact(trimmed)
				&& !AddressPatterns.isPostalLine(trimmed) && !AddressPatterns.isStreet(trimmed) && !trimmed.endsWith(":")
				&& !NOTICE.matcher(trimmed).find() && !LETTER_SPACED.matcher(trimmed).matches()
				&& !NUMBER_LABEL.matcher(trimmed).find() && !IDENTIFIER_LABEL.matcher(trimmed).matches();
	}
}
