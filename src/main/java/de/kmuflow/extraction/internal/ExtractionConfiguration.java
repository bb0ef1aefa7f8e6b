package de.kmuflow.extraction.internal;

import de.kmuflow.extraction.ExtractionSettings;
import de.kmuflow.extraction.InvoiceExtractor;
import de.kmuflow.extraction.LearnedReading;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** The application's one extractor: its OCR engines are created on first use and shared. */
@Configuration(proxyBeanMethods = false)
class ExtractionConfiguration {

	@Bean(destroyMethod = "close")
	InvoiceExtractor invoiceExtractor(@Value("${kmuflow.extraction.ocr-engines:0}") int ocrEngines,
			@Value("${kmuflow.extraction.max-image-pixels:" + ExtractionSettings.DEFAULT_MAX_IMAGE_PIXELS + "}") long maxPixels,
			@Value("${kmuflow.extraction.validate-e-invoices:true}") boolean validate,
			@Value("${kmuflow.extraction.max-pages:" + ExtractionSettings.DEFAULT_MAX_PAGES + "}") int maxPages,
			@Value("${kmuflow.extraction.max-inflated-size:" + ExtractionSettings.DEFAULT_MAX_INFLATED_BYTES + "B}") DataSize maxInflated,
			ObjectProvider<LearnedReading> learned) {
		int engines = ocrEngines > 0 ? ocrEngines : Runtime.getRuntime().availableProcessors();
		return InvoiceExtractor.create(new ExtractionSettings(engines, maxPixels, validate, maxPages, maxInflated.toBytes()),
				() -> learned.getIfAvailable(() -> LearnedReading.NONE));
	}

	/** Once the application serves, compiles the e-invoice rules beside it: start-up does not wait for them. */
	@Bean
	ApplicationListener<ApplicationReadyEvent> eInvoiceRulesCompiler(InvoiceExtractor extractor) {
		return event -> {
			Thread compiler = new Thread(extractor::prepare, "e-invoice-rules");
			compiler.setDaemon(true);
			compiler.start();
		};
	}
}
