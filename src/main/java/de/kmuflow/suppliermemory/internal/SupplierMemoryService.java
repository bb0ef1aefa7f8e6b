package de.kmuflow.suppliermemory.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.InvoiceField;
import de.kmuflow.extraction.LearnedReading;
import de.kmuflow.extraction.PrintedLine;
import de.kmuflow.extraction.ReadDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learns from corrections and reads with what was learned. Reading comes after the generic reader:
 * recognise the supplier, then let each learned rule read its field; a rule that finds nothing (the
 * layout changed) leaves the generic value and counts a miss.
 */
@Service
@Transactional
class SupplierMemoryService implements LearnedReading {

	/** A value read by a learned label and format: surer than most generic readings, never certain. */
	static final double MEMORY_CONFIDENCE = 0.95;

	private static final Logger LOG = LoggerFactory.getLogger(SupplierMemoryService.class);

	private final SupplierMemoryRepository memories;
	private final Clock clock;

	SupplierMemoryService(SupplierMemoryRepository memories, Clock clock) {
		this.memories = memories;
		this.clock = clock;
	}

	/** One corrected value of a document, as the memory learns it. */
	record Correction(UUID documentId, List<PrintedLine> lines, SupplierIdentity supplier, String field, String value,
			String correctedBy) {
	}

	/**
	 * Learns what a correction teaches about its supplier; returns the rule, or empty when there is
	 * nothing to learn (an unknown field, a cleared value, a varying value not printed on the page).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Optional<Rule> learn(Correction correction) {
		Optional<MemoryField> field = MemoryField.byKey(correction.field());
		boolean identified = correction.supplier().hasCode() || correction.supplier().name() != null;
		if (field.isEmpty() || correction.value() == null || correction.value().isBlank() || !identified) {
			return Optional.empty();
		}
		Optional<Rule> rule = RuleLearner.learn(correction.lines(), field.get(), correction.value().strip());
		if (rule.isEmpty()) {
			return rule;
		}
		SupplierMemoryEntity memory = SupplierRecognition.ofCorrection(memories.findAll(), correction.supplier())
			.orElseGet(() -> memories.save(new SupplierMemoryEntity(correction.supplier(), clock.instant())));
		completeIdentity(memory, correction.supplier());
		LearnedRuleEntity stored = memory.rules.stream()
			.filter(existing -> existing.field.equals(field.get().key))
			.findFirst()
			.orElseGet(() -> {
				LearnedRuleEntity created = new LearnedRuleEntity(memory);
				memory.rules.add(created);
				return created;
			});
		stored.learn(rule.get(), correction.documentId(), correction.correctedBy(), clock.instant());
		LOG.info("Lieferantengedächtnis {}: {} gelernt ({}, Label „{}“, Format {})", memory.name, field.get().key,
				rule.get().placement(), rule.get().label(), rule.get().format());
		return rule;
	}

	private static void completeIdentity(SupplierMemoryEntity memory, SupplierIdentity supplier) {
		if (memory.vatId == null) {
			memory.vatId = supplier.vatId();
		}
		if (memory.iban == null) {
			memory.iban = supplier.iban();
		}
		if (supplier.name() != null) {
			memory.name = supplier.name();
		}
	}

	@Override
	public ExtractedInvoice apply(ReadDocument document) {
		ExtractedInvoice read = document.invoice();
		// an e-invoice states its values (no printed lines to read better), but not its bookkeeping
		PrintedPage page = document.lines().isEmpty() ? null : new PrintedPage(document.lines());
		SupplierIdentity identity = new SupplierIdentity(read.sellerVatId(), read.sellerIban(), read.sellerName());
		Optional<SupplierMemoryEntity> supplier = SupplierRecognition.ofDocument(candidates(identity, page), identity, page);
		if (supplier.isEmpty()) {
			return read;
		}
		ExtractedInvoice.Builder invoice = read.toBuilder();
		for (LearnedRuleEntity stored : supplier.get().rules) {
			Rule rule = stored.rule();
			if (!rule.field().printed()) {
				// a bookkeeping default the catalogue knows goes with the invoice, as read
				if (InvoiceField.named(rule.field().key).isPresent()) {
					rule.field().set(invoice, rule.value());
					invoice.confidence(rule.field().key, MEMORY_CONFIDENCE);
					invoice.provenance(rule.field().key, ExtractedInvoice.SUPPLIER_MEMORY);
				}
				continue;
			}
			if (page == null) {
				continue;
			}
			Optional<Object> value = RuleReader.read(page, rule);
			if (value.isPresent()) {
				rule.field().set(invoice, value.get());
				invoice.confidence(rule.field().key, MEMORY_CONFIDENCE);
				invoice.provenance(rule.field().key, ExtractedInvoice.SUPPLIER_MEMORY);
				stored.applied++;
			}
			else {
				stored.missed++;
			}
		}
		return invoice.build();
	}

	/** The bookkeeping defaults learned for a supplier (field name to value), empty for an unknown one. */
	@Transactional(readOnly = true)
	Map<String, String> bookkeeping(SupplierIdentity supplier) {
		Map<String, String> defaults = new LinkedHashMap<>();
		SupplierRecognition.ofDocument(candidates(supplier, null), supplier, null)
			.ifPresent(memory -> memory.rules.stream()
				.filter(rule -> !rule.rule().field().printed())
				.forEach(rule -> defaults.put(rule.field, rule.value)));
		return defaults;
	}

	/**
	 * The suppliers a document may be from. A printed page can show any known supplier's codes, so all are
	 * read; without one only the suppliers of the same VAT ID, IBAN or name can be it, and only those are read.
	 */
	private List<SupplierMemoryEntity> candidates(SupplierIdentity read, PrintedPage page) {
		return page != null ? memories.findAll() : memories.findSameVatIdIbanOrName(read.vatId(), read.iban(), read.name());
	}

	@Transactional(readOnly = true)
	List<SupplierMemoryEntity> all() {
		return memories.findAllByOrderByName();
	}

	@Transactional(readOnly = true)
	Optional<SupplierMemoryEntity> one(UUID id) {
		return memories.findById(id);
	}

	/** Forgets one learned rule; returns whether there was one. */
	boolean forgetRule(UUID memoryId, UUID ruleId, String by) {
		Optional<SupplierMemoryEntity> memory = memories.findById(memoryId);
		Optional<LearnedRuleEntity> rule = memory.flatMap(m -> m.rules.stream().filter(r -> r.id.equals(ruleId)).findFirst());
		rule.ifPresent(r -> {
			memory.get().rules.remove(r);
			LOG.info("Lieferantengedächtnis {}: {} vergessen durch {}", memory.get().name, r.field, by);
		});
		return rule.isPresent();
	}

	/** Forgets everything learned about a supplier; returns whether it was known. */
	boolean forget(UUID memoryId, String by) {
		Optional<SupplierMemoryEntity> memory = memories.findById(memoryId);
		memory.ifPresent(m -> {
			memories.delete(m);
			LOG.info("Lieferantengedächtnis {}: alles vergessen durch {}", m.name, by);
		});
		return memory.isPresent();
	}
}
