package de.kmuflow.invoice.internal;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the invoice process ({@code kmuflow.invoice.*}): when a clerk must look, how
 * duplicates are found, when approvals escalate, and how bookings are coded for DATEV.
 *
 * @param reviewConfidence below this confidence a core field goes to review
 * @param duplicateWindowDays same supplier and amount within this many days counts as a possible duplicate
 * @param approvalDays days an approval may take when there is no cash-discount deadline
 * @param escalationWorkingDaysBeforeDiscount working days before the cash-discount deadline that management takes over
 * @param creditorAccountStart first creditor account number for new suppliers
 * @param expenseAccounts expense account per invoice category (SKR03 by default)
 * @param defaultExpenseAccount expense account for categories without their own
 * @param taxKeys DATEV tax key (BU-Schlüssel) per tax rate in percent
 * @param datev DATEV header values
 */
@ConfigurationProperties("kmuflow.invoice")
record InvoiceProperties(Double reviewConfidence, Integer duplicateWindowDays, Integer approvalDays,
		Integer escalationWorkingDaysBeforeDiscount, Integer creditorAccountStart, Map<String, String> expenseAccounts,
		String defaultExpenseAccount, Map<String, String> taxKeys, Datev datev) {

	InvoiceProperties {
		reviewConfidence = reviewConfidence == null ? 0.8 : reviewConfidence;
		duplicateWindowDays = duplicateWindowDays == null ? 14 : duplicateWindowDays;
		approvalDays = approvalDays == null ? 5 : approvalDays;
		escalationWorkingDaysBeforeDiscount = escalationWorkingDaysBeforeDiscount == null ? 2
				: escalationWorkingDaysBeforeDiscount;
		creditorAccountStart = creditorAccountStart == null ? 70000 : creditorAccountStart;
		expenseAccounts = expenseAccounts == null ? Map.of("Wareneinkauf", "3400", "Bürobedarf", "4930",
				"Travel Expenses", "4660", "Software License Costs", "4964") : expenseAccounts;
		defaultExpenseAccount = defaultExpenseAccount == null ? "4980" : defaultExpenseAccount;
		taxKeys = taxKeys == null ? Map.of("19", "9", "7", "8") : taxKeys;
		datev = datev == null ? new Datev(null, null, null, null) : datev;
	}

	String expenseAccountFor(String category) {
		return expenseAccounts.getOrDefault(category, defaultExpenseAccount);
	}

	String taxKeyFor(BigDecimal rate) {
		return rate == null ? null : taxKeys.get(rate.stripTrailingZeros().toPlainString());
	}

	/**
	 * @param consultantNumber Beraternummer of the tax adviser
	 * @param clientNumber Mandantennummer
	 * @param fiscalYearStartMonth month the fiscal year begins (1 = January)
	 * @param accountLength length of G/L account numbers (Sachkontenlänge)
	 */
	record Datev(Integer consultantNumber, Integer clientNumber, Integer fiscalYearStartMonth, Integer accountLength) {

		Datev {
			consultantNumber = consultantNumber == null ? 1001 : consultantNumber;
			clientNumber = clientNumber == null ? 1 : clientNumber;
			fiscalYearStartMonth = fiscalYearStartMonth == null ? 1 : fiscalYearStartMonth;
			accountLength = accountLength == null ? 4 : accountLength;
		}
	}
}
