package de.kmuflow.adoption.internal;

import java.time.Instant;

import de.kmuflow.adoption.Trend;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One row of the trend table: seeded from the article, then management's to change. */
@Entity
@Table(name = "adoption_trend")
class TrendEntity {

	@Id
	String id;

	@Column(name = "sort_order", nullable = false)
	int sortOrder;

	@Column(nullable = false)
	String name;

	@Column(nullable = false)
	String priority;

	@Column(nullable = false)
	String investment;

	@Column(nullable = false)
	String duration;

	@Column(name = "updated_at", nullable = false)
	Instant updatedAt;

	@Column(name = "updated_by")
	String updatedBy;

	@Version
	int version;

	protected TrendEntity() {
	}

	TrendEntity(Trend trend, Instant now) {
		this.id = trend.name();
		this.sortOrder = trend.ordinal() + 1;
		this.name = trend.germanName();
		this.priority = trend.priority();
		this.investment = trend.investment();
		this.duration = trend.duration();
		this.updatedAt = now;
	}

	/** Changes the values given; a null leaves a value as it is. */
	void change(String name, String priority, String investment, String duration, String user, Instant now) {
		this.name = keepOrSet(this.name, name, "Name");
		this.priority = keepOrSet(this.priority, priority, "Priorität");
		this.investment = keepOrSet(this.investment, investment, "Investition");
		this.duration = keepOrSet(this.duration, duration, "Dauer");
		this.updatedBy = user;
		this.updatedAt = now;
	}

	private static String keepOrSet(String current, String wanted, String label) {
		if (wanted == null) {
			return current;
		}
		if (wanted.isBlank() || wanted.length() > 100) {
			throw new IllegalArgumentException(label + " darf nicht leer und höchstens 100 Zeichen lang sein");
		}
		return wanted.strip();
	}
}
