package de.kmuflow.inventory.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Catches any item below its reorder point that has no reorder running (e.g. after a failed start). */
@Component
class NightlyReorderScan {

	private static final Logger log = LoggerFactory.getLogger(NightlyReorderScan.class);

	private final InventoryService inventory;

	NightlyReorderScan(InventoryService inventory) {
		this.inventory = inventory;
	}

	@Scheduled(cron = "${kmuflow.inventory.scan-cron:0 30 2 * * *}")
	void scan() {
		int started = inventory.startMissedReorders();
		if (started > 0) {
			log.info("Nightly scan started {} reorder(s) for items below their reorder point", started);
		}
	}
}
