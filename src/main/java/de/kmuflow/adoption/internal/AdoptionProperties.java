package de.kmuflow.adoption.internal;

import java.time.Duration;
import java.time.ZoneId;

import de.kmuflow.invoice.InvoiceIntakeProcess;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the trend-adoption tracker ({@code kmuflow.adoption.*}).
 *
 * @param timeZone the zone that decides which day and month an activity ended in
 * @param collectEvery how often new history is added to the time-saved ledger
 * @param trendReviewCron when the quarterly trend review starts (Camunda cron with seconds)
 * @param invoiceProcess the process whose instances are invoices, for lead time and untouched share
 * @param invoicePostedEnd the end event of an invoice that was posted
 * @param cyberSelfCheckCron when the cyber self-check repeats (Camunda cron with seconds)
 */
@ConfigurationProperties("kmuflow.adoption")
record AdoptionProperties(ZoneId timeZone, Duration collectEvery, String trendReviewCron, String invoiceProcess,
		String invoicePostedEnd, String cyberSelfCheckCron) {

	AdoptionProperties {
		timeZone = timeZone == null ? ZoneId.of("Europe/Berlin") : timeZone;
		collectEvery = collectEvery == null ? Duration.ofMinutes(1) : collectEvery;
		// 06:00 on the first day of each quarter
		trendReviewCron = trendReviewCron == null || trendReviewCron.isBlank() ? "0 0 6 1 1,4,7,10 ?" : trendReviewCron;
		invoiceProcess = invoiceProcess == null ? InvoiceIntakeProcess.KEY : invoiceProcess;
		invoicePostedEnd = invoicePostedEnd == null ? InvoiceIntakeProcess.Elements.POSTED : invoicePostedEnd;
		// yearly, 08:00 on 15 January
		cyberSelfCheckCron = cyberSelfCheckCron == null || cyberSelfCheckCron.isBlank() ? "0 0 8 15 1 ?"
				: cyberSelfCheckCron;
	}
}
