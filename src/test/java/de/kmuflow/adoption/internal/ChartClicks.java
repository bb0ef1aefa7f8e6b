package de.kmuflow.adoption.internal;

import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Clicks a bar or point of a Chart.js chart where a person would: on the element as the chart drew it. */
final class ChartClicks {

	private ChartClicks() {
	}

	static void click(WebDriver browser, String canvasId, int index) {
		WebElement canvas = browser.findElement(By.id(canvasId));
		JavascriptExecutor js = (JavascriptExecutor) browser;
		js.executeScript("arguments[0].scrollIntoView({block: 'center'})", canvas);
		@SuppressWarnings("unchecked")
		Map<String, Number> at = (Map<String, Number>) js.executeScript("""
				const element = Chart.getChart(arguments[0]).getDatasetMeta(0).data[arguments[1]];
				const box = arguments[0].getBoundingClientRect();
				// a bar's middle (between its end and its base), or the point itself
				const bar = element.base !== undefined;
				const x = bar && element.horizontal ? (element.x + element.base) / 2 : element.x;
				const y = bar && !element.horizontal ? (element.y + element.base) / 2 : element.y;
				return {x: x - box.width / 2, y: y - box.height / 2};""", canvas, index);
		new Actions(browser).moveToElement(canvas, at.get("x").intValue(), at.get("y").intValue()).click().perform();
	}
}
