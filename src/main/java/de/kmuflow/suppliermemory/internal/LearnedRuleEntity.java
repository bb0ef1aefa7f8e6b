package de.kmuflow.suppliermemory.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A learned rule as stored, with who taught it from which document and how often it read a value since. */
@Entity
@Table(name = "supplier_memory_rule")
class LearnedRuleEntity {

	@Id
	UUID id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "supplier_memory_id", nullable = false, updatable = false)
	SupplierMemoryEntity memory;

	@Column(nullable = false)
	String field;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	Rule.Placement placement;

	String label;

	@Column(name = "value_format")
	String valueFormat;

	int page;

	@Column(name = "top_ratio")
	double top;

	@Column(name = "left_ratio")
	double left;

	@Column(name = "learned_value")
	String value;

	@Column(name = "learned_from")
	UUID learnedFrom;

	@Column(name = "learned_by", nullable = false)
	String learnedBy;

	@Column(name = "learned_at", nullable = false)
	Instant learnedAt;

	@Column(name = "applied_count")
	int applied;

	@Column(name = "missed_count")
	int missed;

	protected LearnedRuleEntity() {
	}

	LearnedRuleEntity(SupplierMemoryEntity memory) {
		this.id = UUID.randomUUID();
		this.memory = memory;
	}

	/** Takes what a new correction taught; the counts start again. */
	void learn(Rule rule, UUID document, String by, Instant now) {
		this.field = rule.field().key;
		this.placement = rule.placement();
		this.label = rule.label();
		this.valueFormat = rule.format();
		this.page = rule.page();
		this.top = rule.top();
		this.left = rule.left();
		this.value = rule.value();
		this.learnedFrom = document;
		this.learnedBy = by;
		this.learnedAt = now;
		this.applied = 0;
		this.missed = 0;
	}

	Rule rule() {
		return new Rule(MemoryField.byKey(field).orElseThrow(), placement, label, valueFormat, page, top, left, value);
	}
}
