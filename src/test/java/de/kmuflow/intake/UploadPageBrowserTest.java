package de.kmuflow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import de.kmuflow.platform.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A clerk in a real (headless) Chromium: logs in, uploads an invoice on the upload page, finds it in the list. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UploadPageBrowserTest {

	@LocalServerPort
	int port;

	@TempDir
	Path dir;

	private WebDriver browser;

	@BeforeEach
	void startBrowser() {
		browser = HeadlessChromium.start(dir.resolve("profile"), "1280,900");
	}

	@AfterEach
	void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void clerkUploadsAnInvoiceAndSeesItInTheList() throws IOException {
		// a file no other test has sent (its own invoice number, so its own hash)
		String number = "BROWSER-" + UUID.randomUUID().toString().substring(0, 8);
		Path invoice = dir.resolve("rechnung-" + number + ".xml");
		Files.writeString(invoice, Files.readString(Path.of("sample-invoices/xrechnung-ubl-01.20a.xml"))
			.replace("<cbc:ID>1234567890</cbc:ID>", "<cbc:ID>" + number + "</cbc:ID>"));
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

		browser.get(url("/invoices/upload"));
		assertThat(browser.getCurrentUrl()).endsWith("/login");
		browser.findElement(By.id("username")).sendKeys("clara");
		browser.findElement(By.id("password")).sendKeys("clara");
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("/invoices/upload"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Rechnungen hochladen");

		browser.findElement(By.id("file-input")).sendKeys(invoice.toString());
		WebElement uploaded = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#uploads li[data-state]")));
		assertThat(uploaded.getAttribute("data-state")).isEqualTo("ok");
		assertThat(uploaded.getText()).contains(invoice.getFileName().toString(), "angenommen");

		uploaded.findElement(By.tagName("a")).click();
		wait.until(ExpectedConditions.urlMatches(".*/invoices/[0-9a-f-]{36}$"));
		String invoicePage = browser.getCurrentUrl();

		browser.get(url("/invoices"));
		WebElement list = browser.findElement(By.id("invoice-list"));
		String invoiceId = invoicePage.substring(invoicePage.lastIndexOf('/') + 1);
		assertThat(list.findElements(By.cssSelector("a[href$='" + invoiceId + "']"))).hasSize(1);
		assertThat(list.getText()).contains("Eingegangen");
	}

	@Test
	void aWebPageNamedPdfIsRefusedInGerman() throws IOException {
		Path page = Files.writeString(dir.resolve("rechnung.pdf"),
				"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys("clara");
		browser.findElement(By.id("password")).sendKeys("clara");
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		browser.get(url("/invoices/upload"));

		browser.findElement(By.id("file-input")).sendKeys(page.toString());
		WebElement refused = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#uploads li[data-state]")));
		assertThat(refused.getAttribute("data-state")).isEqualTo("refused");
		assertThat(refused.getText()).contains("rechnung.pdf ist keine Rechnung", "Webseiten", "text/html");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
