package de.kmuflow.adoption.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kmuflow.platform.WebClient;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import de.kmuflow.platform.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A manager in a real (headless) Chromium: logs in, opens the dashboard and finds its charts drawn
 * by Chart.js, served by the application, with exactly the figures the API gives.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DashboardBrowserTest {

	@LocalServerPort
	int port;

	@TempDir
	Path dir;

	@Autowired
	RepositoryService repository;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ActivityCatalogue catalogue;

	@Autowired
	RuntimeService runtime;

	private final ObjectMapper json = new ObjectMapper();
	private WebDriver browser;

	@BeforeEach
	void startBrowser() {
		browser = HeadlessChromium.start(dir.resolve("profile"), "1400,1800");
	}

	@AfterEach
	void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void managerSeesTheChartsDrawnWithTheApiFigures() throws IOException {
		// some work saved today: checked (3 minutes, Cybersicherheit) and filed (1.5) without a person
		runtime.startProcessInstanceById(SavingCheckModel.deploy(repository, catalogue, jdbc, "3").getId(), Map.of("confirm", false));
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

		browser.get(url("/adoption"));
		assertThat(browser.getCurrentUrl()).endsWith("/login");
		browser.findElement(By.id("username")).sendKeys("martin");
		browser.findElement(By.id("password")).sendKeys("martin");
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("/adoption"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Zeitersparnis und Trends");
		for (String chart : List.of("chart-month", "chart-trend", "chart-score", "chart-leadtime")) {
			wait.until(ExpectedConditions.attributeToBe(By.id(chart), "data-drawn", "true"));
		}

		// the page's period, asked of the API as a program would
		WebElement page = browser.findElement(By.id("adoption-dashboard"));
		String range = "from=" + page.getAttribute("data-from") + "&to=" + page.getAttribute("data-to");
		JsonNode byMonth = api("/api/adoption/time-saved?groupBy=month&" + range);
		JsonNode byTrend = api("/api/adoption/time-saved?groupBy=trend&" + range);
		JsonNode trends = api("/api/adoption/trends?" + range);
		assertThat(byMonth.path("savedSeconds").asLong()).isPositive();

		// months the German way ("Dez. 2025"), not the API's keys ("2025-12")
		assertThat(chartLabels("chart-month")).isEqualTo(texts(byMonth.path("rows"), "key").stream()
			.map(DashboardBrowserTest::germanMonth).toList());
		assertThat(chartValues("chart-month")).isEqualTo(numbers(byMonth.path("rows"), "savedHours"));
		assertThat(chartLabels("chart-trend")).isEqualTo(texts(byTrend.path("rows"), "label"));
		assertThat(chartValues("chart-trend")).isEqualTo(numbers(byTrend.path("rows"), "savedHours"));
		assertThat(chartLabels("chart-score")).isEqualTo(texts(trends, "name")).hasSize(6);
		assertThat(chartValues("chart-score")).isEqualTo(numbers(trends, "score"));
		assertThat(chartValues("chart-month")).last().satisfies(hours -> assertThat(hours).isPositive());

		// drawn by Chart.js from this server, nothing from elsewhere
		assertThat(browser.findElements(By.tagName("script"))).allSatisfy(
				script -> assertThat(script.getAttribute("src")).startsWith("http://localhost:" + port + "/"));
		assertThat(((JavascriptExecutor) browser).executeScript("return Chart.version")).asString().startsWith("4.");

		// the trend table and the overdue measures (the article's backup concept was due in March 2026)
		assertThat(browser.findElements(By.cssSelector("#trend-table tbody tr"))).hasSize(6);
		assertThat(browser.findElement(By.id("trend-table")).getText()).contains("Cybersicherheit", "sehr hoch",
				"Hyperautomatisierung", "6–24 Monate");
		assertThat(browser.findElement(By.id("overdue-measures")).getText())
			.contains("Implementierung eines Backup-Konzepts", "31.03.2026");
		Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
				Path.of("target/adoption-dashboard.png"), StandardCopyOption.REPLACE_EXISTING);

		// a trend's page for editing its measures
		browser.findElement(By.linkText("Cybersicherheit")).click();
		wait.until(ExpectedConditions.urlContains("/adoption/trends/CYBERSECURITY"));
		assertThat(browser.findElement(By.id("measures")).getText()).contains("überfällig");
		Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
				Path.of("target/adoption-trend.png"), StandardCopyOption.REPLACE_EXISTING);

		// a chart's bar opens the steps it is made of: the last month's
		browser.get(url("/adoption?" + range));
		wait.until(ExpectedConditions.attributeToBe(By.id("chart-month"), "data-drawn", "true"));
		JsonNode lastMonth = byMonth.path("rows").get(byMonth.path("rows").size() - 1);
		ChartClicks.click(browser, "chart-month", byMonth.path("rows").size() - 1);
		wait.until(ExpectedConditions.urlContains("month=" + lastMonth.path("key").asText()));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Schritte hinter der Zahl");
		assertThat(browser.findElements(By.cssSelector("#drill-steps tbody tr[data-activity]"))).isNotEmpty();
	}

	/** "2025-12" as a German reader expects it on an axis: "Dez. 2025". */
	static String germanMonth(String key) {
		java.time.YearMonth month = java.time.YearMonth.parse(key);
		return month.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.GERMAN) + " "
				+ month.getYear();
	}

	private List<String> chartLabels(String canvas) {
		@SuppressWarnings("unchecked")
		List<Object> labels = (List<Object>) ((JavascriptExecutor) browser)
			.executeScript("return Chart.getChart(arguments[0]).data.labels", canvas);
		return labels.stream().map(String::valueOf).toList();
	}

	private List<Double> chartValues(String canvas) {
		@SuppressWarnings("unchecked")
		List<Object> values = (List<Object>) ((JavascriptExecutor) browser)
			.executeScript("return Chart.getChart(arguments[0]).data.datasets[0].data", canvas);
		return values.stream().map(value -> ((Number) value).doubleValue()).toList();
	}

	private JsonNode api(String path) throws IOException {
		var response = new WebClient(port).get(path, "martin", "martin");
		assertThat(response.statusCode()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private static List<String> texts(JsonNode rows, String field) {
		List<String> texts = new ArrayList<>();
		rows.forEach(row -> texts.add(row.path(field).asText()));
		return texts;
	}

	private static List<Double> numbers(JsonNode rows, String field) {
		List<Double> numbers = new ArrayList<>();
		rows.forEach(row -> numbers.add(row.path(field).asDouble()));
		return numbers;
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
