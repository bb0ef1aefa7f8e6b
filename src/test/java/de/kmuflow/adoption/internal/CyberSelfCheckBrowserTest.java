package de.kmuflow.adoption.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import de.kmuflow.adoption.CyberSelfCheckProcess;
import de.kmuflow.platform.HeadlessChromium;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A manager in a real (headless) Chromium: starts a cyber self-check, answers its Camunda form in
 * Tasklist, reads the report with its traffic light, adopts the top open requirement as a measure
 * with one click and finds it on the dashboard and on the trend's page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CyberSelfCheckBrowserTest {

	/** Answered "nein": a top requirement (backup out of reach) and an ordinary one (remote access). */
	private static final Set<String> MISSING = Set.of("BAK_2", "NET_3");

	@LocalServerPort
	int port;

	@TempDir
	Path dir;

	@Autowired
	TaskService tasks;

	private WebDriver browser;
	private WebDriverWait wait;

	@BeforeEach
	void startBrowser() {
		browser = HeadlessChromium.start(dir.resolve("profile"), "1400,2400");
		wait = new WebDriverWait(browser, Duration.ofSeconds(60));
	}

	@AfterEach
	void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void managerAnswersTheQuestionnaireAndFindsTheNewMeasureOnTheDashboard() throws Exception {
		browser.get(url("/adoption/cyber-checks"));
		browser.findElement(By.id("username")).sendKeys("martin");
		browser.findElement(By.id("password")).sendKeys("martin");
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("/adoption/cyber-checks"));

		// a new check, its questionnaire waiting in Tasklist
		long before = tasks.createTaskQuery().processDefinitionKey(CyberSelfCheckProcess.KEY).count();
		browser.findElement(By.id("start-cyber-check")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Neuer Check gestartet"));
		List<Task> open = tasks.createTaskQuery().processDefinitionKey(CyberSelfCheckProcess.KEY)
			.taskDefinitionKey(CyberSelfCheckProcess.Elements.ANSWER).orderByTaskCreateTime().desc().list();
		assertThat(open).hasSize((int) before + 1);
		Task questionnaire = open.get(0);
		tasks.claim(questionnaire.getId(), "martin");

		// answered in Tasklist's form: yes to all but two
		browser.get(url("/camunda/app/tasklist/default/#/?task=" + questionnaire.getId()));
		wait.until(driver -> driver.findElements(By.cssSelector(".fjs-form-field-radio")).size() == 27);
		List<WebElement> fields = browser.findElements(By.cssSelector(".fjs-form-field-radio"));
		for (int i = 0; i < fields.size(); i++) {
			String id = CyberCatalogue.REQUIREMENTS.get(i).id();
			List<WebElement> choices = fields.get(i).findElements(By.cssSelector("input[type=radio]"));
			assertThat(choices).hasSize(3);
			click(choices.get(MISSING.contains(id) ? 1 : 0));
		}
		screenshot("cyber-questionnaire.png");
		WebElement complete = browser.findElements(By.tagName("button")).stream()
			.filter(button -> Set.of("Abschließen", "Complete").contains(button.getText().strip()))
			.findFirst().orElseThrow();
		click(complete);
		wait.until(driver -> tasks.createTaskQuery().taskId(questionnaire.getId()).count() == 0);

		// the report: yellow, 39 of 43 points, the top requirement first
		browser.get(url("/adoption/cyber-checks"));
		browser.findElement(By.cssSelector("#cyber-checks tbody tr a")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cyber-open")));
		assertThat(browser.findElement(By.id("cyber-light")).getText()).startsWith("gelb");
		assertThat(browser.findElement(By.id("cyber-score")).getText()).isEqualTo("91");
		List<WebElement> rows = browser.findElements(By.cssSelector("#cyber-open tbody tr"));
		assertThat(rows).extracting(row -> row.getAttribute("data-requirement")).containsExactly("BAK_2", "NET_3");

		// one click makes it a measure, with owner and date
		WebElement first = rows.get(0);
		first.findElement(By.name("owner")).sendKeys("Frau Berg");
		((JavascriptExecutor) browser).executeScript("arguments[0].value = '2027-03-31'",
				first.findElement(By.name("targetDate")));
		first.findElement(By.cssSelector("button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Als Maßnahme #"));
		screenshot("cyber-report.png");

		// the dashboard shows the check and the new measure
		browser.get(url("/adoption"));
		wait.until(ExpectedConditions.attributeToBe(By.id("chart-cyber"), "data-drawn", "true"));
		assertThat(browser.findElement(By.id("cyber-latest-light")).getText()).startsWith("gelb");
		String measures = browser.findElement(By.id("cyber-open-measures")).getText();
		assertThat(measures).contains("Eine Sicherung außer Reichweite von Angreifern", "Maßnahme #")
			.contains("Fernzugriff nur verschlüsselt", "noch keine");
		screenshot("cyber-dashboard.png");
		browser.findElement(By.cssSelector("#cyber-open-measures a[href$='/adoption/trends/CYBERSECURITY']")).click();
		wait.until(ExpectedConditions.urlContains("/adoption/trends/CYBERSECURITY"));
		assertThat(browser.findElement(By.id("measures")).getText()).contains("Cyber-Check: Eine Sicherung außer Reichweite von Angreifern");
	}

	private void click(WebElement element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		((JavascriptExecutor) browser).executeScript("arguments[0].click()", element);
	}

	private void screenshot(String name) throws Exception {
		Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", name),
				StandardCopyOption.REPLACE_EXISTING);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
