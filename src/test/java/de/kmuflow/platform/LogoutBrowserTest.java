package de.kmuflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

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

/**
 * A clerk in a real (headless) Chromium logs out where she happens to be, and is logged out
 * everywhere: the one session of kmu-flow's pages and Camunda's webapps ends.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LogoutBrowserTest {

	@LocalServerPort
	int port;

	@TempDir
	Path dir;

	private WebDriver browser;
	private WebDriverWait wait;

	@BeforeEach
	void startBrowser() {
		browser = HeadlessChromium.start(dir.resolve("profile"), "1400,1000");
		wait = new WebDriverWait(browser, Duration.ofSeconds(30));
	}

	@AfterEach
	void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void afterLoggingOutOfTasklistKmuFlowAsksForTheLoginAgain() {
		logIn("clara");
		browser.get(url("/camunda/app/tasklist/default/"));
		tasklistUserMenu().click();
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.logout a"))).click();
		// kmu-flow's login page, not Tasklist's own login form
		wait.until(ExpectedConditions.urlToBe(url("/login")));

		browser.get(url("/invoices"));
		assertThat(browser.getCurrentUrl()).isEqualTo(url("/login"));
		browser.get(url("/camunda/app/tasklist/default/"));
		assertThat(browser.getCurrentUrl()).isEqualTo(url("/login"));

		// and the login there serves Tasklist again
		logIn("clara");
		browser.get(url("/camunda/app/tasklist/default/"));
		assertThat(tasklistUserMenu().getText()).containsIgnoringCase("clara");
	}

	@Test
	void afterLoggingOutOfKmuFlowTasklistAsksForTheLoginAgain() {
		logIn("clara");
		browser.get(url("/camunda/app/tasklist/default/"));
		tasklistUserMenu();

		browser.get(url("/invoices"));
		browser.findElement(By.cssSelector("header form.logout button")).click();
		wait.until(ExpectedConditions.urlContains("/login?logout"));

		browser.get(url("/camunda/app/tasklist/default/"));
		assertThat(browser.getCurrentUrl()).isEqualTo(url("/login"));
	}

	private void logIn(String user) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(user);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Tasklist's user menu, once the app has loaded and knows the user. */
	private WebElement tasklistUserMenu() {
		return wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.account .dropdown-toggle")));
	}
}
