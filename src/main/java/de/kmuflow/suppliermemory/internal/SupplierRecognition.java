package de.kmuflow.suppliermemory.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the supplier a document or a correction belongs to among those the memory knows: by VAT ID,
 * else IBAN (each as read, or printed anywhere on the page, so that a misread one still finds its
 * supplier), else by name, but a name only for a supplier known without VAT ID and IBAN and a
 * document that shows none: two suppliers of the same name with different codes never share.
 */
final class SupplierRecognition {

	private SupplierRecognition() {
	}

	/** The supplier of a read document; {@code page} may be null when there is no printed page. */
	static Optional<SupplierMemoryEntity> ofDocument(List<SupplierMemoryEntity> known, SupplierIdentity read,
			PrintedPage page) {
		Optional<SupplierMemoryEntity> byVat = byCode(known, read, page, SupplierIdentity::vatId);
		if (byVat.isPresent()) {
			return byVat;
		}
		Optional<SupplierMemoryEntity> byIban = byCode(known, read, page, SupplierIdentity::iban)
			// the same bank account with another VAT ID is another supplier
			.filter(memory -> read.vatId() == null || memory.vatId == null);
		if (byIban.isPresent()) {
			return byIban;
		}
		return read.hasCode() ? Optional.empty() : byNameAlone(known, read);
	}

	/** The supplier a correction teaches about, as the invoice names it after the review. */
	static Optional<SupplierMemoryEntity> ofCorrection(List<SupplierMemoryEntity> known, SupplierIdentity supplier) {
		if (supplier.vatId() != null) {
			return known.stream()
				.filter(memory -> supplier.vatId().equals(memory.vatId))
				.findFirst()
				.or(() -> known.stream()
					.filter(memory -> memory.vatId == null && memory.iban != null && memory.iban.equals(supplier.iban()))
					.findFirst());
		}
		if (supplier.iban() != null) {
			return known.stream().filter(memory -> supplier.iban().equals(memory.iban)).findFirst();
		}
		return byNameAlone(known, supplier);
	}

	private static Optional<SupplierMemoryEntity> byCode(List<SupplierMemoryEntity> known, SupplierIdentity read,
			PrintedPage page, Function<SupplierIdentity, String> code) {
		String readCode = code.apply(read);
		List<SupplierMemoryEntity> matches = known.stream().filter(memory -> {
			String memoryCode = code.apply(memory.identity());
			return memoryCode != null && (memoryCode.equals(readCode) || page != null && page.shows(memoryCode));
		}).toList();
		if (matches.size() == 1) {
			return Optional.of(matches.get(0));
		}
		// several known codes on one page: only the one that was read decides
		return matches.stream().filter(memory -> Objects.equals(code.apply(memory.identity()), readCode)).findFirst();
	}

	private static Optional<SupplierMemoryEntity> byNameAlone(List<SupplierMemoryEntity> known, SupplierIdentity read) {
		List<SupplierMemoryEntity> named = known.stream().filter(memory -> memory.identity().sameName(read)).toList();
		return named.size() == 1 && !named.get(0).identity().hasCode() ? Optional.of(named.get(0)) : Optional.empty();
	}
}
