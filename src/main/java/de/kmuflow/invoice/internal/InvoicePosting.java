package de.kmuflow.invoice.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import de.kmuflow.extraction.CashDiscount;
import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.InvoiceField;
import de.kmuflow.extraction.TaxLine;
import de.kmuflow.invoice.InvoicePosted;
import de.kmuflow.invoice.InvoiceStatus;
import de.kmuflow.platform.StepRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posting: the approved invoice becomes a booking (supplier, accounts, tax key, due date, discount)
 * that {@link DatevExport} hands to the tax adviser.
 */
@Service
@Transactional
class InvoicePosting {

	private final InvoiceRecords records;
	private final SupplierRepository suppliers;
	private final BookingRepository bookings;
	private final InvoiceProperties properties;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	InvoicePosting(InvoiceRecords records, SupplierRepository suppliers, BookingRepository bookings,
			InvoiceProperties properties, Clock clock, ApplicationEventPublisher events) {
		this.records = records;
		this.suppliers = suppliers;
		this.bookings = bookings;
		this.properties = properties;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Books the approved invoice: supplier (created on first posting), accounts, tax key, due date
	 * and discount. Only an invoice with a recorded approval (a person's or the three-way match's)
	 * is booked.
	 */
	void post(UUID id, String user) {
		InvoiceEntity invoice = records.get(id);
		if (invoice.status != InvoiceStatus.APPROVED || invoice.approvedBy == null) {
			throw new StepRefused("Die Rechnung ist nicht freigegeben (Status „" + InvoiceLifecycle.label(invoice.status)
					+ "“) und wird nicht gebucht.");
		}
		ExtractedInvoice current = records.current(invoice);
		SupplierEntity supplier = supplierOf(current);
		BookingEntity booking = new BookingEntity(invoice.id, clock.instant());
		booking.supplierName = supplier.name;
		booking.creditorAccount = supplier.creditorAccount;
		booking.expenseAccount = invoice.expenseAccount != null ? invoice.expenseAccount
				: supplier.expenseAccount != null ? supplier.expenseAccount : properties.expenseAccountFor(invoice.category);
		booking.costCentre = current.get(InvoiceField.COST_CENTRE);
		booking.taxKey = properties.taxKeyFor(dominantRate(current));
		BigDecimal gross = Objects.requireNonNullElse(current.grossTotal(), BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
		booking.amount = current.isCreditNote() ? gross.abs().negate() : gross;
		booking.currency = Objects.requireNonNullElse(current.currency(), "EUR");
		booking.invoiceNumber = current.invoiceNumber();
		booking.invoiceDate = Objects.requireNonNullElse(current.issueDate(), LocalDate.now(clock));
		booking.dueDate = current.dueDate();
		CashDiscount discount = current.cashDiscount();
		booking.cashDiscountPercent = discount == null ? null : discount.percent();
		booking.cashDiscountDueDate = InvoiceRecords.cashDiscountDeadline(current);
		String text = (current.isCreditNote() ? "GS " : "RE ") + Objects.requireNonNullElse(current.invoiceNumber(), "")
				+ " " + supplier.name;
		booking.bookingText = text.length() > 60 ? text.substring(0, 60) : text;
		booking.archived = true;
		booking.postedBy = user;
		bookings.save(booking);
		invoice.supplierId = supplier.id;
		records.changeStatus(invoice, InvoiceStatus.POSTED, user);
		events.publishEvent(new InvoicePosted(invoice.id, invoice.processInstanceId, booking.amount, booking.currency,
				InvoiceRecords.SYSTEM.equals(invoice.approvedBy), user, booking.postedAt));
	}

	private SupplierEntity supplierOf(ExtractedInvoice current) {
		List<SupplierEntity> known = suppliers.findByVatIdOrIban(current.sellerVatId(), current.sellerIban());
		if (!known.isEmpty()) {
			return known.get(0);
		}
		String account = Long.toString(properties.creditorAccountStart() + suppliers.count());
		return suppliers.save(new SupplierEntity(Objects.requireNonNullElse(current.sellerName(), "Unbekannter Lieferant"),
				current.sellerVatId(), current.sellerTaxNumber(), current.sellerIban(), account, clock.instant()));
	}

	/** The rate most of the net amount is taxed at: it decides the DATEV tax key. */
	static BigDecimal dominantRate(ExtractedInvoice current) {
		return current.taxBreakdown().stream()
			.filter(tax -> tax.rate() != null && tax.net() != null)
			.max((a, b) -> a.net().abs().compareTo(b.net().abs()))
			.map(TaxLine::rate)
			.orElse(null);
	}
}
