package de.kmuflow.samples.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one sample document shows. The drawing code and the expected values are both made
 * from this object, so a sample and its expected JSON cannot disagree. Null means "not printed".
 */
public final class SampleInvoice {

	private Lang lang = Lang.DE;
	private DateStyle dateStyle = DateStyle.NUMERIC;
	private String title = "Rechnung";
	private String number;
	private LocalDate issueDate;
	private LocalDate dueDate;
	private LocalDate deliveryDate;
	private String currency = "EUR";
	private Party seller;
	private Party buyer;
	private String customerNumber;
	private String buyerReference;
	private String purchaseOrderReference;
	private String deliveryNoteNumber;
	private String correctedInvoice;
	private final List<Line> lines = new ArrayList<>();
	private boolean grossPrices;
	private boolean netTotalShown = true;
	private boolean taxShown = true;
	private CashDiscountTerm cashDiscount;
	private final List<Deduction> deductions = new ArrayList<>();
	private final List<String> notes = new ArrayList<>();

	public Totals totals() {
		return Totals.of(lines, grossPrices);
	}

	public BigDecimal payable() {
		BigDecimal payable = totals().gross();
		for (Deduction deduction : deductions) {
			payable = payable.subtract(deduction.amount());
		}
		return payable;
	}

	public boolean creditNote() {
		return totals().gross().signum() < 0;
	}

	public SampleInvoice lang(Lang lang) {
		this.lang = lang;
		return this;
	}

	public Lang lang() {
		return lang;
	}

	public SampleInvoice dateStyle(DateStyle dateStyle) {
		this.dateStyle = dateStyle;
		return this;
	}

	public DateStyle dateStyle() {
		return dateStyle;
	}

	public SampleInvoice title(String title) {
		this.title = title;
		return this;
	}

	public String title() {
		return title;
	}

	public SampleInvoice number(String number) {
		this.number = number;
		return this;
	}

	public String number() {
		return number;
	}

	public SampleInvoice issueDate(LocalDate issueDate) {
		this.issueDate = issueDate;
		return this;
	}

	public LocalDate issueDate() {
		return issueDate;
	}

	public SampleInvoice dueDate(LocalDate dueDate) {
		this.dueDate = dueDate;
		return this;
	}

	public LocalDate dueDate() {
		return dueDate;
	}

	public SampleInvoice deliveryDate(LocalDate deliveryDate) {
		this.deliveryDate = deliveryDate;
		return this;
	}

	public LocalDate deliveryDate() {
		return deliveryDate;
	}

	public SampleInvoice currency(String currency) {
		this.currency = currency;
		return this;
	}

	public String currency() {
		return currency;
	}

	public SampleInvoice seller(Party seller) {
		this.seller = seller;
		return this;
	}

	public Party seller() {
		return seller;
	}

	public SampleInvoice buyer(Party buyer) {
		this.buyer = buyer;
		return this;
	}

	public Party buyer() {
		return buyer;
	}

	public SampleInvoice customerNumber(String customerNumber) {
		this.customerNumber = customerNumber;
		return this;
	}

	public String customerNumber() {
		return customerNumber;
	}

	public SampleInvoice buyerReference(String buyerReference) {
		this.buyerReference = buyerReference;
		return this;
	}

	public String buyerReference() {
		return buyerReference;
	}

	public SampleInvoice purchaseOrderReference(String purchaseOrderReference) {
		this.purchaseOrderReference = purchaseOrderReference;
		return this;
	}

	public String purchaseOrderReference() {
		return purchaseOrderReference;
	}

	public SampleInvoice deliveryNoteNumber(String deliveryNoteNumber) {
		this.deliveryNoteNumber = deliveryNoteNumber;
		return this;
	}

	public String deliveryNoteNumber() {
		return deliveryNoteNumber;
	}

	public SampleInvoice correctedInvoice(String correctedInvoice) {
		this.correctedInvoice = correctedInvoice;
		return this;
	}

	public String correctedInvoice() {
		return correctedInvoice;
	}

	public SampleInvoice line(Line line) {
		lines.add(line);
		return this;
	}

	public SampleInvoice lines(List<Line> more) {
		lines.addAll(more);
		return this;
	}

	public List<Line> lines() {
		return List.copyOf(lines);
	}

	public SampleInvoice grossPrices(boolean grossPrices) {
		this.grossPrices = grossPrices;
		return this;
	}

	public boolean grossPrices() {
		return grossPrices;
	}

	public SampleInvoice netTotalShown(boolean netTotalShown) {
		this.netTotalShown = netTotalShown;
		return this;
	}

	public boolean netTotalShown() {
		return netTotalShown;
	}

	public SampleInvoice taxShown(boolean taxShown) {
		this.taxShown = taxShown;
		return this;
	}

	public boolean taxShown() {
		return taxShown;
	}

	public SampleInvoice cashDiscount(CashDiscountTerm cashDiscount) {
		this.cashDiscount = cashDiscount;
		return this;
	}

	public CashDiscountTerm cashDiscount() {
		return cashDiscount;
	}

	public SampleInvoice deduction(Deduction deduction) {
		deductions.add(deduction);
		return this;
	}

	public List<Deduction> deductions() {
		return List.copyOf(deductions);
	}

	public SampleInvoice note(String note) {
		notes.add(note);
		return this;
	}

	public List<String> notes() {
		return List.copyOf(notes);
	}
}
