package de.kmuflow.invoice.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import de.kmuflow.extraction.DocumentKind;
import de.kmuflow.extraction.EmbeddedEInvoice;
import org.mustangproject.ZUGFeRD.ZUGFeRDVisualizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An e-invoice as a person reads it: Mustang's XRechnung visualisation (the KoSIT stylesheets) of
 * the invoice XML, standalone or embedded in a ZUGFeRD PDF. kmu-flow renders nothing itself.
 */
@Component
class EInvoiceView {

	private static final Logger log = LoggerFactory.getLogger(EInvoiceView.class);

	/** The invoice XML of an e-invoice document; empty for any other kind. */
	Optional<byte[]> xml(String kind, byte[] content) {
		if (kind == null) {
			return Optional.empty();
		}
		DocumentKind documentKind;
		try {
			documentKind = DocumentKind.valueOf(kind);
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
		return switch (documentKind) {
			case XRECHNUNG_UBL, XRECHNUNG_CII -> Optional.of(content);
			case ZUGFERD -> EmbeddedEInvoice.xmlOf(content);
			default -> Optional.empty();
		};
	}

	/**
	 * The readable HTML, in German or English; empty when the XML cannot be shown. XML with a
	 * document type declaration is never handed to the stylesheets (no entity may be resolved).
	 */
	Optional<String> html(byte[] xml, Locale locale) {
		if (new String(xml, StandardCharsets.UTF_8).toUpperCase(Locale.ROOT).contains("<!DOCTYPE")) {
			return Optional.empty();
		}
		ZUGFeRDVisualizer.Language language = "en".equals(locale.getLanguage()) ? ZUGFeRDVisualizer.Language.EN
				: ZUGFeRDVisualizer.Language.DE;
		try {
			return Optional.ofNullable(new ZUGFeRDVisualizer().visualize(new ByteArrayInputStream(xml), language));
		}
		catch (Exception | Error e) {
			log.warn("E-Rechnung konnte nicht als lesbare Rechnung dargestellt werden: {}", e.toString());
			return Optional.empty();
		}
	}
}
