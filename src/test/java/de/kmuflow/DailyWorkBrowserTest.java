package de.kmuflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.kmuflow.platform.HeadlessChromium;
import de.kmuflow.platform.ProcessJobs;
import de.kmuflow.platform.WebClient;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Each persona's day in a real (headless) Chromium, with data in place: an invoice of each kind,
 * an item below its reorder point, an open purchase order. Every page renders in German (no
 * error, no missing or English text), the original is visible beside the fields, amounts and dates
 * are written the German way. Screenshots of each step go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DailyWorkBrowserTest {

	private static final Path SCREENSHOTS = Path.of("target/screenshots");
	/** Tasks Tasklist shows on one page of a filter. */
	private static final int TASKLIST_PAGE = 15;
	private static final String GERMAN_MONEY = "-?\\d{1,3}(\\.\\d{3})*,\\d{2} (€|[A-Z]{3})";
	private static final String GERMAN_DATE = "\\d{2}\\.\\d{2}\\.\\d{4}";
	/** What must never show on a German page: missing messages, error pages, codes instead of words. */
	private static final List<String> NOT_GERMAN = List.of("??", "Whitelabel", "Exception", "AWAITING_APPROVAL",
			"IN_REVIEW", "POSTED", "Misc", " EUR", "Invoices", "Inventory", "Choose Files");

	/** The supplier's mail server, for the order that goes out (started before the data is put in place). */
	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

	@LocalServerPort
	int port;

	@Autowired
	ManagementService management;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@TempDir
	Path dir;

	private final ObjectMapper json = new ObjectMapper();
	private WebClient web;
	private WebDriver browser;
	private WebDriverWait wait;

	/** Invoice ids by kind of document. */
	private final Map<String, String> invoices = new java.util.LinkedHashMap<>();
	private String reviewTaskId;
	private String reviewInvoiceId;
	private String approvalTaskId;
	private String approvalInvoiceId;
	private String purchaseApprovalTaskId;
	private String goodsReceiptTaskId;
	private String lowSku;
	private String orderedSku;

	@BeforeAll
	void dataInPlace() throws IOException {
		web = new WebClient(port);
		String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		// an e-invoice that goes to review (new supplier) and one that is reviewed and waits for approval
		reviewInvoiceId = upload("XRECHNUNG_UBL", "rechnung-kessler.xml",
				uniqueXml("sample-invoices/xrechnung-ubl-elektro-kessler-stadt-talbrueck.xml", run));
		approvalInvoiceId = upload("XRECHNUNG_CII", "rechnung-hartmann.xml",
				uniqueXml("sample-invoices/xrechnung-cii-spedition-hartmann-skonto.xml", run));
		upload("ZUGFERD", "zugferd-brandt.pdf", Files.readAllBytes(Path.of("sample-invoices/zugferd-brandt-buerobedarf.pdf")));
		upload("TEXT_PDF", "kessler.pdf", Files.readAllBytes(Path.of("sample-invoices/text-elektro-kessler.pdf")));
		upload("IMAGE", "lindenhof.png", Files.readAllBytes(Path.of("sample-invoices/scan-200dpi-gaertnerei-lindenhof.png")));

		reviewTaskId = openTask(reviewInvoiceId);
		String hartmannReview = openTask(approvalInvoiceId);
		assertThat(web.postJson("/engine-rest/task/" + hartmannReview + "/complete",
				"{\"variables\":{\"costCentre\":{\"value\":\"KST-200\"},\"invoiceCategory\":{\"value\":\"Misc\"}}}",
				"clara", "clara").statusCode()).isEqualTo(204);
		approvalTaskId = openTask(approvalInvoiceId);

		// an item whose reorder waits for purchasing's approval (over the limit), one below its reorder point
		orderedSku = "DW-ORDER-" + run;
		createItem(orderedSku, "Kabeltrommel 50 m", "2", "10", "40", "89.90");
		runtime.createProcessInstanceQuery().processInstanceBusinessKey(orderedSku).list()
			.forEach(instance -> ProcessJobs.runAll(management, instance.getId()));
		Task approvePurchase = tasks.createTaskQuery().processInstanceBusinessKey(orderedSku).singleResult();
		assertThat(approvePurchase).as("purchase order waits for approval").isNotNull();
		purchaseApprovalTaskId = approvePurchase.getId();
		lowSku = "DW-LOW-" + run;
		createItem(lowSku, "Sicherungsautomat B16", "3", "20", "50", "4.35");

		// a small order that went out by mail and has arrived: the warehouse confirms what came
		String arrivingSku = "DW-ARRIVE-" + run;
		HttpResponse<String> created = web.postJson("/api/inventory/items", "{\"sku\":\"" + arrivingSku
				+ "\",\"name\":\"Kabelbinder 200 mm\",\"unit\":\"Stück\",\"onHand\":2,\"reorderPoint\":10,"
				+ "\"reorderQuantity\":100,\"supplierName\":\"Befestigungstechnik Nord\","
				+ "\"supplierEmail\":\"auftrag@bt-nord.example\",\"unitPrice\":0.12,\"leadTimeDays\":2}", "paula", "paula");
		assertThat(created.statusCode()).as(created.body()).isIn(200, 201);
		String arriving = runtime.createProcessInstanceQuery().processInstanceBusinessKey(arrivingSku).singleResult().getId();
		ProcessJobs.runAll(management, arriving);
		assertThat(mail.getReceivedMessages()).as("the order went to the supplier").isNotEmpty();
		String number = null;
		for (JsonNode order : json.readTree(web.get("/api/inventory/purchase-orders", "paula", "paula").body())) {
			if (order.get("lines").get(0).get("sku").asText().equals(arrivingSku)) {
				number = order.get("number").asText();
			}
		}
		assertThat(web.postJson("/api/inventory/purchase-orders/" + number + "/arrivals", "{}", "lars", "lars")
			.statusCode()).isEqualTo(200);
		goodsReceiptTaskId = tasks.createTaskQuery().processInstanceId(arriving).singleResult().getId();
	}

	@AfterEach
	void stopBrowser() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
	}

	@Test
	void claraReviewsInvoicesWithTheOriginalBesideTheFields() {
		logIn("clara");
		page("clara", "1-invoices", "/invoices");
		for (WebElement row : browser.findElements(By.cssSelector("#invoice-list tbody tr"))) {
			List<WebElement> cells = row.findElements(By.tagName("td"));
			if (cells.size() == 6) {
				assertThat(cells.get(0).getText()).matches(GERMAN_DATE + " \\d{2}:\\d{2}");
				assertThat(cells.get(3).getText()).matches(GERMAN_MONEY + "|–");
				assertThat(cells.get(4).getText()).matches(GERMAN_DATE + "|–");
			}
		}
		int step = 2;
		for (Map.Entry<String, String> invoice : invoices.entrySet()) {
			invoicePage("clara", step++ + "-invoice-" + invoice.getKey(), invoice.getKey(), invoice.getValue());
		}
		page("clara", step++ + "-upload", "/invoices/upload");
		assertThat(browser.findElement(By.id("file-input")).isDisplayed()).as("one file button, the page's own").isFalse();
		page("clara", step++ + "-imports", "/imports");
		page("clara", step++ + "-supplier-memory", "/supplier-memory");
		tasksFirst("clara", step++ + "-tasklist-to-do", reviewTaskId);
		tasklistForm("clara", step + "-review-form", reviewTaskId, reviewInvoiceId);
	}

	@Test
	void findingsAreSaidInEnglishUnderLangEn() throws IOException {
		// a client of its own: the language choice is remembered in a cookie
		WebClient english = new WebClient(port);
		english.logIn("clara", "clara");
		String page = english.browse("/invoices/" + reviewInvoiceId + "?lang=en").body();
		assertThat(page).contains("<html lang=\"en\"");
		List<String> findings = findingsShown(page);
		assertThat(findings).as("the invoice in review has findings").isNotEmpty();
		for (String finding : findings) {
			assertThat(finding).as("English finding").doesNotContainIgnoringCase("fehlt")
				.doesNotContain("Lieferant", "bitte", "Bitte", "Rechnung", "Warnung", "Fehler");
		}
		// German stays the default
		assertThat(findingsShown(web.get("/invoices/" + reviewInvoiceId, "clara", "clara").body()))
			.hasSameSizeAs(findings).noneMatch(finding -> finding.contains("Warning") || finding.contains("Error"));
	}

	@Test
	void tasklistFormsFollowTheUsersLanguage() {
		logIn("clara", "clara-languages");
		// German by default: labels as deployed, findings as the rules say them
		String german = formText("clara", "de-review-form", reviewTaskId, "Originalbeleg öffnen", "Hinweise der Prüfung");
		assertThat(german).contains("Lieferant", "Rechnungsnummer", "Bruttobetrag", "Sonstiges");
		formIsGerman("de-review-form", german);
		assertThat(german.lines()).anyMatch(line -> line.startsWith("Warnung: "));

		// English once chosen on any page: the choice is remembered in a cookie Tasklist's requests carry
		browser.get(url("/invoices?lang=en"));
		String english = formText("clara", "en-review-form", reviewTaskId, "Open the original document",
				"Findings of the check");
		assertThat(english).contains("Supplier", "Invoice number", "Gross amount", "New supplier")
			.doesNotContain("Lieferant", "Rechnungsnummer", "Bruttobetrag", "Warnung", "Neuer Lieferant", "Bitte");
		assertThat(english.lines()).anyMatch(line -> line.startsWith("Warning: "));
		assertThat(english).as("English form").contains("Category (decides who approves)");

		// the approval form, its amount and Skonto date written the English way
		logIn("martin", "martin-english");
		browser.get(url("/adoption?lang=en"));
		String approval = formText("martin", "en-approval-form", approvalTaskId, "Open the original document",
				"Findings of the check");
		assertThat(approval).contains("Approve the invoice", "Decision", "Due on").doesNotContain("Entscheidung", "Fällig")
			.containsPattern("€\\d{1,3}(,\\d{3})*\\.\\d{2}");
	}

	/**
	 * The task's form in Tasklist once its link to the original (if it has one) and the field under
	 * {@code filledLabel} are there: the form's text, then the value of each field, a line each (fields
	 * show their value, not their text).
	 */
	private String formText(String user, String step, String taskId, String originalLink, String filledLabel) {
		browser.get(url("/camunda/app/tasklist/default/#/?task=" + taskId));
		if (originalLink != null) {
			wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//a[contains(., '" + originalLink + "')]")));
		}
		WebElement label = wait.until(ExpectedConditions.presenceOfElementLocated(
				By.xpath("//label[contains(., '" + filledLabel + "')]")));
		wait.until(driver -> !driver.findElement(By.id(label.getAttribute("for"))).getAttribute("value").isBlank());
		screenshot(user, step);
		return browser.findElement(By.cssSelector(".fjs-container")).getText() + "\n" + fieldValues();
	}

	/** The value of each field of the form shown, a line each, choices by their label. */
	private String fieldValues() {
		return (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return Array.from(document"
				+ ".querySelectorAll('.fjs-container input, .fjs-container textarea, .fjs-container option'))"
				+ ".map(f => f.tagName === 'OPTION' ? f.text : f.value).join('\\n')");
	}

	/** A German form: no codes or English words, German amounts and dates. */
	private static void formIsGerman(String step, String form) {
		for (String wrong : NOT_GERMAN) {
			assertThat(form).as(step + " shows " + wrong).doesNotContain(wrong);
		}
		assertThat(form).as(step + ": no ISO dates").doesNotContainPattern("\\b20\\d\\d-\\d\\d-\\d\\d\\b")
			.as(step + ": amounts the German way").doesNotContainPattern("\\d\\.\\d\\d €");
	}

	private static List<String> findingsShown(String page) {
		return java.util.regex.Pattern.compile("<li class=\"finding-[A-Z]+\">(.*?)</li>", java.util.regex.Pattern.DOTALL)
			.matcher(page).results().map(match -> match.group(1)).toList();
	}

	@Test
	void martinApprovesWithTheOriginalOneClickAway() {
		logIn("martin");
		page("martin", "1-invoices", "/invoices");
		invoicePage("martin", "2-invoice-to-approve", "XRECHNUNG_CII", approvalInvoiceId);
		page("martin", "3-inventory", "/inventory");
		page("martin", "4-adoption", "/adoption");
		// what the dashboard's figures are made of
		page("martin", "5-adoption-steps", "/adoption/steps");
		page("martin", "6-adoption-invoices", "/adoption/invoices");
		page("martin", "7-adoption-trend", "/adoption/trends/HYPERAUTOMATION");
		page("martin", "8-cyber-checks", "/adoption/cyber-checks");
		page("martin", "9-imports", "/imports");
		tasklistForm("martin", "10-approval-form", approvalTaskId, approvalInvoiceId);
	}

	@Test
	void paulaKeepsItemsAndSeesWhatIsOrdered() {
		logIn("paula");
		page("paula", "1-inventory", "/inventory");
		assertThat(stateOf(orderedSku)).startsWith("unter Meldebestand, bestellt (PO-");
		assertThat(stateOf(lowSku)).isEqualTo("unter Meldebestand, noch nicht bestellt");
		WebElement orders = browser.findElement(By.id("orders"));
		assertThat(orders.getText()).contains("Kabeltrommel 50 m", "Vorgeschlagen").containsPattern("40 Stück à 89,90 €")
			.contains("3.596,00 €");

		// a new item, typed the German way
		page("paula", "2-new-item", "/inventory/items/new");
		String sku = "DW-NEW-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		type("sku", sku);
		type("name", "Installationsrohr 20 mm");
		type("unit", "m");
		type("onHand", "1.250");
		type("reorderPoint", "200");
		type("reorderQuantity", "500");
		type("unitPrice", "1,35");
		type("supplierName", "Rohr & Co.");
		browser.findElement(By.cssSelector("#item-form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlMatches(".*/inventory$"));
		checkGerman("paula", "3-item-saved");
		WebElement row = browser.findElement(By.cssSelector("#items tr[data-sku='" + sku + "']"));
		assertThat(row.getText()).contains("1.250 m", "1,35 €", "Bestand reicht");

		// its page, edited
		row.findElement(By.tagName("a")).click();
		wait.until(ExpectedConditions.urlContains("/inventory/items/" + sku));
		checkGerman("paula", "4-item");
		assertThat(browser.findElement(By.name("unitPrice")).getAttribute("value")).isEqualTo("1,35");
		type("unitPrice", "1,49");
		browser.findElement(By.cssSelector("#item-form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlMatches(".*/inventory$"));
		assertThat(browser.findElement(By.cssSelector("#items tr[data-sku='" + sku + "']")).getText()).contains("1,49 €");

		// a wrong number is a German error on the page, with what was typed kept
		page("paula", "5-new-item-error", "/inventory/items/new");
		type("sku", sku + "-X");
		type("name", "Falsch");
		type("reorderPoint", "zehn");
		type("reorderQuantity", "5");
		type("unitPrice", "1");
		browser.findElement(By.cssSelector("#item-form button[type=submit]")).click();
		WebElement error = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.error")));
		assertThat(error.getText()).contains("Betrag nicht lesbar: zehn");
		assertThat(browser.findElement(By.name("name")).getAttribute("value")).isEqualTo("Falsch");
		screenshot("paula", "6-error-shown");

		// the order over the limit in Tasklist: what is ordered by name, how many, at what price
		String form = formText("paula", "7-purchase-order-form", purchaseApprovalTaskId, null, "Positionen");
		formIsGerman("7-purchase-order-form", form);
		assertThat(form).contains("Bestellung freigeben", "Lieferant", "Bestellwert", "Elektrogroßhandel Süd")
			.contains("40 Stück × " + orderedSku + " Kabeltrommel 50 m à 89,90 € = 3.596,00 €", "3.596,00 € (netto)")
			.doesNotContain("3596", "89.90");
	}

	@Test
	void larsBooksAnIssueAndSeesItInTheMovements() {
		logIn("lars");
		page("lars", "1-inventory", "/inventory");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("#movement-form select[name=sku]")))
			.selectByValue(lowSku);
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("#movement-form select[name=type]")))
			.selectByVisibleText("Abgang");
		browser.findElement(By.cssSelector("#movement-form input[name=quantity]")).sendKeys("1,5");
		browser.findElement(By.cssSelector("#movement-form input[name=reason]")).sendKeys("Baustelle Talbrück");
		browser.findElement(By.cssSelector("#movement-form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.info")));
		checkGerman("lars", "2-issue-booked");
		assertThat(stateOf(lowSku)).startsWith("unter Meldebestand");
		WebElement latest = browser.findElement(By.cssSelector("#movements tbody tr"));
		assertThat(latest.getText()).contains(lowSku, "-1,5", "Abgang", "Baustelle Talbrück", "lars")
			.containsPattern(GERMAN_DATE + " \\d{2}:\\d{2}");
		assertThat(browser.findElement(By.cssSelector("#items tr[data-sku='" + lowSku + "']")).getText())
			.contains("1,5 Stück");

		// the delivery that came in, confirmed in Tasklist: the item by name, the quantity the German way
		String form = formText("lars", "3-goods-receipt-form", goodsReceiptTaskId, null, "Artikel");
		formIsGerman("3-goods-receipt-form", form);
		assertThat(form).contains("Wareneingang bestätigen", "Befestigungstechnik Nord", "Kabelbinder 200 mm", "100 Stück");
	}

	@Test
	void ottoWatchesProcessesInCockpit() {
		logIn("otto");
		page("otto", "1-home", "/");
		// greeted by name, his group as it is called, not its id
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Willkommen, Otto");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Ihre Gruppen: Betrieb").doesNotContain("ops");
		browser.get(url("/camunda/app/cockpit/"));
		// the dashboard once it has loaded its figures, in German
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Laufende Prozessinstanzen"));
		screenshot("otto", "2-cockpit");
		assertThat(browser.findElement(By.tagName("body")).getText()).contains("Offene Zwischenfälle")
			.doesNotContain("Running Process Instances", "Open Incidents");
		// the processes he watches, by their German names
		browser.get(url("/camunda/app/cockpit/default/#/processes"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Rechnungseingang"));
		screenshot("otto", "3-cockpit-processes");
		assertThat(browser.findElement(By.tagName("body")).getText()).contains("Nachbestellung");
		// Prometheus is checked in OperationsTest: Spring Boot exports metrics in tests only when asked to
		assertThat(web.get("/actuator/metrics", "otto", "otto").statusCode()).isEqualTo(200);
	}

	// --- the walk

	private void logIn(String user) {
		logIn(user, user);
	}

	/** In a browser profile of its own: a language chosen there stays there. */
	private void logIn(String user, String profile) {
		stopBrowser();
		browser = HeadlessChromium.start(dir.resolve("profile-" + profile), "1400,1000");
		wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(user);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	/** Opens a page as the user: it answers 200 and reads German throughout. */
	private void page(String user, String step, String path) {
		HttpResponse<String> answer = web.get(path, user, user);
		assertThat(answer.statusCode()).as(path + " for " + user).isEqualTo(200);
		browser.get(url(path));
		checkGerman(user, step);
	}

	private void checkGerman(String user, String step) {
		screenshot(user, step);
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
		String text = browser.findElement(By.tagName("body")).getText();
		for (String wrong : NOT_GERMAN) {
			assertThat(text).as(step + " shows " + wrong).doesNotContain(wrong);
		}
		assertThat(text).as(step + ": no ISO dates").doesNotContainPattern("\\b20\\d\\d-\\d\\d-\\d\\d\\b");
	}

	private void invoicePage(String user, String step, String kind, String id) {
		page(user, step, "/invoices/" + id);
		WebElement original = browser.findElement(By.id("original-view"));
		assertThat(original.isDisplayed()).as(kind + ": the original beside the fields").isTrue();
		for (String field : List.of("grossTotal", "netTotal", "taxTotal")) {
			String value = browser.findElement(By.cssSelector("dd[data-field=" + field + "]")).getText();
			assertThat(value).as(kind + " " + field).matches(GERMAN_MONEY + "|–");
		}
		assertThat(browser.findElement(By.cssSelector("dd[data-field=issueDate]")).getText()).matches(GERMAN_DATE + "|–");
		switch (kind) {
			case "IMAGE" -> assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) browser)
				.executeScript("return arguments[0].naturalWidth", original)).intValue()).isGreaterThan(0);
			case "XRECHNUNG_UBL", "XRECHNUNG_CII" -> {
				// the e-invoice as a readable invoice inside the page, its XML a click away
				browser.switchTo().frame(original);
				wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Rechnung"));
				assertThat(browser.findElement(By.tagName("body")).getText()).contains("Rechnungsnummer");
				browser.switchTo().defaultContent();
				HttpResponse<String> xml = web.get("/invoices/" + id + "/xml", user, user);
				assertThat(xml.statusCode()).isEqualTo(200);
				assertThat(xml.body()).contains("<");
			}
			default -> {
				// a PDF: the page frames what the document endpoint sends (its framing headers are that endpoint's)
				assertThat(original.getAttribute("src")).endsWith("/api/invoices/" + id + "/document");
				HttpResponse<String> pdf = web.get("/api/invoices/" + id + "/document", user, user);
				assertThat(pdf.statusCode()).isEqualTo(200);
				assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
			}
		}
	}

	/**
	 * Tasklist opens on "Zu erledigen", the first filter, which lists the task waiting for the user's
	 * group (on the page its Skonto deadline puts it).
	 */
	private void tasksFirst(String user, String step, String taskId) {
		JsonNode filters = read(web.get("/engine-rest/filter?name=Zu%20erledigen", user, user));
		assertThat(filters).hasSize(1);
		JsonNode listed = read(web.get("/engine-rest/filter/" + filters.get(0).get("id").asText()
				+ "/list?firstResult=0&maxResults=1000", user, user));
		int position = 0;
		while (position < listed.size() && !taskId.equals(listed.get(position).get("id").asText())) {
			position++;
		}
		assertThat(position).as("the waiting review task is in the first filter").isLessThan(listed.size());

		browser.get(url("/camunda/app/tasklist/default/"));
		WebElement first = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filter")));
		assertThat(first.findElement(By.cssSelector("h4.name")).getText()).startsWith("Zu erledigen");
		assertThat(first.getAttribute("class")).as("Tasklist opens on it").contains("active");
		int page = position / TASKLIST_PAGE;
		if (page > 0) {
			WebElement pageLink = wait.until(ExpectedConditions.elementToBeClickable(
					By.xpath("//ul[contains(@class,'pagination')]//a[normalize-space()='" + (page + 1) + "']")));
			// Tasklist's fixed footer covers the bottom of the list until it is scrolled, as a person would
			((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
					"arguments[0].scrollIntoView({block: 'center'})", pageLink);
			pageLink.click();
		}
		WebElement task = wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("ol.tasks-list li.task a[href*='" + taskId + "']")));
		assertThat(task.getText()).contains("Rechnungsdaten prüfen");
		screenshot(user, step);
	}

	private JsonNode read(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		try {
			return json.readTree(answer.body());
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** The task's form in Tasklist, before claiming: the original opens from it. */
	private void tasklistForm(String user, String step, String taskId, String invoiceId) {
		browser.get(url("/camunda/app/tasklist/default/#/?task=" + taskId));
		WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(
				By.xpath("//a[contains(., 'Originalbeleg öffnen')]")));
		screenshot(user, step);
		assertThat(link.getAttribute("href")).endsWith("/invoices/" + invoiceId + "/original");
		formIsGerman(step, browser.findElement(By.cssSelector(".fjs-container")).getText() + "\n" + fieldValues());
		// clickable although the form is read-only until the task is claimed
		assertThat(link.getCssValue("pointer-events")).isEqualTo("auto");
	}

	private String stateOf(String sku) {
		return browser.findElement(By.cssSelector("#items tr[data-sku='" + sku + "'] td.reorder-state")).getText();
	}

	private void type(String name, String value) {
		WebElement input = browser.findElement(By.name(name));
		input.clear();
		input.sendKeys(value);
	}

	private void screenshot(String user, String step) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(user + "-" + step + ".png"),
					((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	// --- the data

	private String upload(String kind, String name, byte[] content) throws IOException {
		HttpResponse<String> answer = web.postFiles("/api/invoices", Map.of(name, content), "paula", "paula");
		assertThat(answer.statusCode()).as(answer.body()).isIn(200, 201);
		JsonNode body = json.readTree(answer.body());
		String id = body.path("duplicateOf").isTextual() ? body.get("duplicateOf").asText() : body.get("id").asText();
		JsonNode invoice = json.readTree(web.get("/api/invoices/" + id, "clara", "clara").body());
		if (invoice.path("processInstanceId").isTextual()) {
			ProcessJobs.runAll(management, invoice.get("processInstanceId").asText());
		}
		invoices.put(kind, id);
		return id;
	}

	private String openTask(String invoiceId) throws IOException {
		JsonNode invoice = json.readTree(web.get("/api/invoices/" + invoiceId, "clara", "clara").body());
		return tasks.createTaskQuery().processInstanceId(invoice.get("processInstanceId").asText()).singleResult().getId();
	}

	/** The sample with its own invoice number, so it is a new invoice in this run. */
	private static byte[] uniqueXml(String path, String run) throws IOException {
		String xml = Files.readString(Path.of(path));
		return xml.replaceFirst("(<cbc:ID>|<rsm:ExchangedDocument>\\s*<ram:ID>)([^<]+)(</)", "$1$2-" + run + "$3")
			.getBytes(StandardCharsets.UTF_8);
	}

	private void createItem(String sku, String name, String onHand, String reorderPoint, String reorderQuantity,
			String unitPrice) {
		HttpResponse<String> created = web.postJson("/api/inventory/items", "{\"sku\":\"" + sku + "\",\"name\":\"" + name
				+ "\",\"unit\":\"Stück\",\"onHand\":" + onHand + ",\"reorderPoint\":" + reorderPoint
				+ ",\"reorderQuantity\":" + reorderQuantity + ",\"supplierName\":\"Elektrogroßhandel Süd\","
				+ "\"supplierEmail\":\"bestellung@egh-sued.example\",\"unitPrice\":" + unitPrice + ",\"leadTimeDays\":3}",
				"paula", "paula");
		assertThat(created.statusCode()).as(created.body()).isIn(200, 201);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
