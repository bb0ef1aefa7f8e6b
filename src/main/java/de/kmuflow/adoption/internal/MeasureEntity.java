package de.kmuflow.adoption.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A measure that adopts a trend ("Backup-Konzept bis März 2026"). Its number (id) is what a
 * manager writes in the trend review to change it. Never deleted: dropped instead.
 */
@Entity
@Table(name = "adoption_measure")
class MeasureEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Column(name = "trend_id", nullable = false)
	String trendId;

	/** Set on measures from the article's examples, so seeding again finds them. */
	@Column(name = "seed_key", updatable = false)
	String seedKey;

	@Column(nullable = false)
	String title;

	String owner;

	@Column(name = "target_date")
	LocalDate targetDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	MeasureStatus status;

	@Column(nullable = false)
	int progress;

	String notes;

	@Column(name = "created_at", nullable = false, updatable = false)
	Instant createdAt;

	@Column(name = "created_by", updatable = false)
	String createdBy;

	@Column(name = "updated_at", nullable = false)
	Instant updatedAt;

	@Column(name = "updated_by")
	String updatedBy;

	@Version
	int version;

	protected MeasureEntity() {
	}

	MeasureEntity(String trendId, String seedKey, String title, String owner, LocalDate targetDate, String user,
			Instant now) {
		this.trendId = trendId;
		this.seedKey = seedKey;
		this.title = checkedTitle(title);
		this.owner = checkedOwner(owner);
		this.targetDate = targetDate;
		this.status = MeasureStatus.PLANNED;
		this.progress = 0;
		this.createdAt = now;
		this.createdBy = user;
		this.updatedAt = now;
		this.updatedBy = user;
	}

	/** Applies a change; a null in it leaves that value as it is. */
	void apply(MeasureChange change, String user, Instant now) {
		if (change.title() != null) {
			title = checkedTitle(change.title());
		}
		if (change.owner() != null) {
			owner = checkedOwner(change.owner());
		}
		if (change.targetDate() != null) {
			targetDate = change.targetDate();
		}
		if (change.status() != null) {
			status = change.status();
		}
		if (change.progress() != null) {
			if (change.progress() < 0 || change.progress() > 100) {
				throw new IllegalArgumentException("Fortschritt muss zwischen 0 und 100 % liegen, nicht " + change.progress());
			}
			progress = change.progress();
		}
		// a measure that is done is complete, whatever progress was last typed
		if (status == MeasureStatus.DONE) {
			progress = 100;
		}
		if (change.notes() != null) {
			notes = limit(change.notes().strip());
		}
		if (change.appendNote() != null && !change.appendNote().isBlank()) {
			notes = limit(notes == null || notes.isBlank() ? change.appendNote().strip()
					: notes + "\n" + change.appendNote().strip());
		}
		updatedAt = now;
		updatedBy = user;
	}

	AdoptionScore.Facts facts() {
		return new AdoptionScore.Facts(status, progress, targetDate);
	}

	boolean overdue(LocalDate today) {
		return AdoptionScore.overdue(status, targetDate, today);
	}

	private static String checkedTitle(String title) {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("Eine Maßnahme braucht einen Titel");
		}
		if (title.strip().length() > 300) {
			throw new IllegalArgumentException("Der Titel einer Maßnahme hat höchstens 300 Zeichen");
		}
		return title.strip();
	}

	private static String checkedOwner(String owner) {
		if (owner == null || owner.isBlank()) {
			return null;
		}
		if (owner.strip().length() > 100) {
			throw new IllegalArgumentException("Verantwortlich: höchstens 100 Zeichen");
		}
		return owner.strip();
	}

	private static String limit(String text) {
		return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
	}
}
