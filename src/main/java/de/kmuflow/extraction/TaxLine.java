package de.kmuflow.extraction;

import java.math.BigDecimal;

/** Net amount and tax for one tax rate (rate in percent, e.g. 19). */
public record TaxLine(BigDecimal rate, BigDecimal net, BigDecimal tax) {
}
