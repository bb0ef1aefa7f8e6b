package de.kmuflow.platform;

import java.io.File;
import java.nio.file.Path;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver for page tests: headless, German, a fresh profile, and none of
 * the background connections the closed network here would refuse.
 */
public final class HeadlessChromium {

	private HeadlessChromium() {
	}

	public static WebDriver start(Path profile, String windowSize) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=" + windowSize, "--lang=de-DE", "--user-data-dir=" + profile);
		// what a German browser sends as Accept-Language (and navigator.languages): Tasklist picks its language from it
		options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "de-DE,de"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}
}
