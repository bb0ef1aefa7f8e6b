package de.kmuflow.adoption.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.kmuflow.adoption.CyberSelfCheckProcess;
import de.kmuflow.platform.HeadlessChromium;
import org.camunda.bpm.engine.HistoryService;
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
 * The managing director in a real (headless) Chromium: starts a cyber self-check, claims and answers
 * its Camunda form in Tasklist and completes it there, reads the report with its traffic light,
 * turns the top open requirement into a measure with one click, and finds the measure and the
 * score on the dashboard. Every wait is on something the page or the engine shows, never on time.
 * Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CyberSelfCheckBrowserTest {

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	/**
	 * Answered "nein": a top requirement (a backup out of reach, weight 3) and an ordinary one (remote
	 * access, weight 1). 27 requirements, 8 of them top: 8 x 3 + 19 = 43 points, 39 met: 91 of 100,
	 * yellow because a top requirement is open.
	 */
	private static final Set<String> MISSING = Set.of("BAK_2", "NET_3");

	@LocalServerPort
	int port;

	@TempDir
	Path dir;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	private WebDriver browser;
	private WebDriverWait wait;

	@BeforeEach
	void startBrowser() {
		browser = HeadlessChromium.start(dir.resolve("profile"), "1400,1200");
		wait = new WebDriverWait(browser, Duration.ofSeconds(60));
	}

	@AfterEach
	void stopBrowser() {
		if (browser != null) {
			screenshot("cyber-last-page");
			browser.quit();
		}
	}

	@Test
	void managerAnswersInTasklistAdoptsAMeasureAndFindsItOnTheDashboard() {
		logIn("martin");

		// a new check: its questionnaire waits in Tasklist
		browser.get(url("/adoption/cyber-checks"));
		List<String> before = questionnaires().stream().map(Task::getId).toList();
		browser.findElement(By.id("start-cyber-check")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Neuer Check gestartet"));
		Task questionnaire = questionnaires().stream().filter(task -> !before.contains(task.getId())).findFirst()
			.orElseThrow();

		// Tasklist: the task, claimed by the manager himself
		browser.get(url("/camunda/app/tasklist/default/#/?task=" + questionnaire.getId()));
		WebElement claim = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim")));
		claim.click();
		wait.until(driver -> "martin".equals(tasks.createTaskQuery().taskId(questionnaire.getId()).singleResult()
			.getAssignee()));

		// the form, once the claim has made it editable: yes to all but two
		wait.until(driver -> radioGroups().size() == CyberCatalogue.REQUIREMENTS.size()
				&& radioGroups().get(0).findElements(By.cssSelector("input[type=radio]:disabled")).isEmpty());
		List<WebElement> groups = radioGroups();
		for (int i = 0; i < groups.size(); i++) {
			String requirement = CyberCatalogue.REQUIREMENTS.get(i).id();
			assertThat(groups.get(i).getText()).contains(requirement.replace('_', '-'));
			List<WebElement> choices = groups.get(i).findElements(By.cssSelector("input[type=radio]"));
			assertThat(choices).hasSize(3);
			WebElement choice = choices.get(MISSING.contains(requirement) ? 1 : 0);
			scrollTo(choice);
			choice.click();
			wait.until(ExpectedConditions.elementSelectionStateToBe(choice, true));
		}
		screenshot("cyber-1-questionnaire");

		// complete: the button is enabled once every required answer is given
		WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(
				By.xpath("//button[@type='submit' and normalize-space()='Abschließen']")));
		scrollTo(complete);
		complete.click();
		wait.until(driver -> tasks.createTaskQuery().taskId(questionnaire.getId()).count() == 0);
		assertThat(history.createHistoricTaskInstanceQuery().taskId(questionnaire.getId()).singleResult()
			.getDeleteReason()).isEqualTo("completed");
		Map<String, Object> submitted = history.createHistoricVariableInstanceQuery()
			.processInstanceId(questionnaire.getProcessInstanceId()).variableNameLike("answer_%").list().stream()
			.collect(java.util.stream.Collectors.toMap(variable -> variable.getName(), variable -> variable.getValue()));
		assertThat(submitted).hasSize(27).containsEntry("answer_BAK_2", "nein").containsEntry("answer_NET_3", "nein")
			.containsEntry("answer_ORG_1", "ja");

		// the report, reached from the list of checks: yellow, 91 of 100, the top requirement first
		long check = ((Number) history.createHistoricVariableInstanceQuery()
			.processInstanceId(questionnaire.getProcessInstanceId()).variableName(CyberSelfCheckProcess.Variables.CHECK_ID)
			.singleResult().getValue()).longValue();
		browser.get(url("/adoption/cyber-checks"));
		browser.findElement(By.cssSelector("#cyber-checks a[href$='/adoption/cyber-checks/" + check + "']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cyber-open")));
		assertThat(browser.findElement(By.id("cyber-light")).getText()).startsWith("gelb");
		assertThat(browser.findElement(By.id("cyber-score")).getText()).isEqualTo("91");
		List<WebElement> rows = browser.findElements(By.cssSelector("#cyber-open tbody tr"));
		assertThat(rows).extracting(row -> row.getAttribute("data-requirement")).containsExactly("BAK_2", "NET_3");
		screenshot("cyber-2-report");

		// one click makes the top one a measure, with owner and date
		WebElement first = rows.get(0);
		first.findElement(By.name("owner")).sendKeys("Frau Berg");
		((JavascriptExecutor) browser).executeScript("arguments[0].value = '2027-03-31'",
				first.findElement(By.name("targetDate")));
		first.findElement(By.cssSelector("button[type=submit]")).click();
		WebElement adopted = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main p.info")));
		assertThat(adopted.getText()).startsWith("Als Maßnahme #").endsWith("des Trends Cybersicherheit übernommen.");
		String measure = adopted.getText().replaceAll("\\D+", " ").strip().split(" ")[0];
		screenshot("cyber-3-adopted");

		// the dashboard: the check's light and score, the new measure, the trend's score
		browser.get(url("/adoption"));
		wait.until(ExpectedConditions.attributeToBe(By.id("chart-cyber"), "data-drawn", "true"));
		assertThat(browser.findElement(By.id("cyber-latest-light")).getText()).startsWith("gelb");
		assertThat(browser.findElement(By.cssSelector("#cyber-self-check p")).getText())
			.contains("Erfüllungsgrad 91 von 100");
		String open = browser.findElement(By.id("cyber-open-measures")).getText();
		assertThat(open).contains("Eine Sicherung außer Reichweite von Angreifern", "Maßnahme #" + measure)
			.contains("Fernzugriff nur verschlüsselt", "noch keine");
		WebElement cyberRow = browser.findElement(By.cssSelector("#trend-table tr[data-trend=CYBERSECURITY]"));
		assertThat(cyberRow.findElements(By.tagName("td")).get(4).getText()).matches("\\d{1,3}");
		screenshot("cyber-4-dashboard");

		// the score over time: the chart's last point is this check, and opens its report
		@SuppressWarnings("unchecked")
		List<Object> dates = (List<Object>) ((JavascriptExecutor) browser)
			.executeScript("return Chart.getChart(arguments[0]).data.labels", browser.findElement(By.id("chart-cyber")));
		assertThat(dates).last().asString().matches("\\d{2}\\.\\d{2}\\.\\d{4}");
		ChartClicks.click(browser, "chart-cyber", dates.size() - 1);
		wait.until(ExpectedConditions.urlMatches(".*/adoption/cyber-checks/" + check + "$"));
		assertThat(browser.findElement(By.id("cyber-score")).getText()).isEqualTo("91");
		browser.get(url("/adoption"));

		// the measure's link leads to the trend's page, where it is listed
		browser.findElement(By.cssSelector("#cyber-open-measures a[href*='/adoption/trends/CYBERSECURITY']")).click();
		wait.until(ExpectedConditions.urlContains("/adoption/trends/CYBERSECURITY"));
		// (each measure is a form there: its title is the value of an input)
		assertThat(browser.findElements(By.cssSelector("#measures input[name=title]")))
			.extracting(input -> input.getAttribute("value"))
			.contains("Cyber-Check: Eine Sicherung außer Reichweite von Angreifern");
		screenshot("cyber-5-trend");
	}

	private List<Task> questionnaires() {
		return tasks.createTaskQuery().processDefinitionKey(CyberSelfCheckProcess.KEY)
			.taskDefinitionKey(CyberSelfCheckProcess.Elements.ANSWER).list();
	}

	private List<WebElement> radioGroups() {
		return browser.findElements(By.cssSelector(".fjs-form-field-radio"));
	}

	private void logIn(String user) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(user);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private void scrollTo(WebElement element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
	}

	private void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
