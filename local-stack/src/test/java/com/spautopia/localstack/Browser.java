package com.spautopia.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import com.spautopia.testsupport.time.WallClock;

/**
 * Debian's Chromium, headless, driven by its own ChromeDriver through Selenium (nothing
 * is downloaded), with screenshots of each page kept under {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of(System.getProperty("spa.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("spa.chromedriver", "/usr/bin/chromedriver"));

	static final Dimension PHONE = new Dimension(412, 915);

	static final Dimension DESKTOP = new Dimension(1280, 1000);

	/** A tablet at the front desk, held landscape. */
	static final Dimension TABLET = new Dimension(1180, 820);

	private static final Duration WAIT = Duration.ofSeconds(45);

	private final ChromeDriver driver;

	private final Path screenshots;

	private Browser(ChromeDriver driver, Path screenshots) {
		this.driver = driver;
		this.screenshots = screenshots;
	}

	/**
	 * Starts a headless Chromium with an empty profile.
	 * @param screenshots where screenshots go
	 * @return the browser
	 */
	static Browser start(Path screenshots) {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			throw new IllegalStateException("The browser tests need Debian's Chromium and ChromeDriver at " + CHROMIUM
					+ " and " + CHROMEDRIVER + ": sudo apt-get install chromium chromium-driver (see the README)");
		}
		try {
			Files.createDirectories(screenshots);
			Path profile = Files.createTempDirectory("spa-chromium");
			ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
				// headless, as root in a sandbox, and never reaching for Google's
				// services on a closed network
				.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-quic", "--no-first-run", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--lang=en-US", "--user-data-dir=" + profile);
			// the console's messages, to find what the Content-Security-Policy refused
			LoggingPreferences logs = new LoggingPreferences();
			logs.enable(LogType.BROWSER, Level.ALL);
			options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().window().setSize(DESKTOP);
			return new Browser(driver, screenshots);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void open(String url) {
		this.driver.get(url);
	}

	void resize(Dimension size) {
		this.driver.manage().window().setSize(size);
	}

	String url() {
		return this.driver.getCurrentUrl();
	}

	WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	WebElement visible(String css) {
		return until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
	}

	WebElement clickable(String css) {
		return until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
	}

	void click(String css) {
		WebElement element = clickable(css);
		scrollTo(element);
		element.click();
	}

	void type(String css, String text) {
		WebElement field = visible(css);
		scrollTo(field);
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Sets an input's value the way a picker would (date and time inputs take keys in the
	 * browser's locale format) and tells the page it changed.
	 */
	void set(String css, String value) {
		script("const el = document.querySelector(arguments[0]); el.value = arguments[1];"
				+ " el.dispatchEvent(new Event('change', { bubbles: true }));", css, value);
	}

	void select(String css, String visibleText) {
		new org.openqa.selenium.support.ui.Select(visible(css)).selectByVisibleText(visibleText);
	}

	String textOf(String css) {
		return visible(css).getText();
	}

	void awaitText(String css, String text) {
		until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
	}

	void awaitUrlStartingWith(String prefix) {
		until((driver) -> driver.getCurrentUrl().startsWith(prefix));
	}

	/**
	 * Waits for a condition; when it never comes, the failure shows the page (its text
	 * and a screenshot named after the time).
	 */
	<T> T until(Function<WebDriver, T> condition) {
		try {
			return new WebDriverWait(this.driver, WAIT).until(condition::apply);
		}
		catch (TimeoutException ex) {
			Path shot = screenshot("timeout-" + WallClock.now().toEpochMilli());
			String text = String.valueOf(script("return document.body ? document.body.innerText : ''"));
			throw new AssertionError("Waited " + WAIT.toSeconds() + " s in vain at " + url() + " (screenshot " + shot
					+ "); the page says:\n" + text.substring(0, Math.min(text.length(), 3000)), ex);
		}
	}

	/** Forgets every cookie, so the next sign-in is a new person's. */
	void forgetCookies() {
		this.driver.manage().deleteAllCookies();
	}

	Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	/** The element that has the keyboard focus. */
	WebElement focused() {
		return this.driver.switchTo().activeElement();
	}

	/**
	 * Saves a screenshot of the whole visible page.
	 * @param name the file's name without extension
	 * @return the file
	 */
	Path screenshot(String name) {
		try {
			Path file = this.screenshots.resolve(name + ".png");
			Files.write(file, ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void scrollTo(WebElement element) {
		script("arguments[0].scrollIntoView({ block: 'center' });", element);
	}

	/**
	 * What the browser's console reported since the last call about resources, scripts,
	 * styles or calls the pages' Content-Security-Policy refused.
	 * @return the console's messages about it
	 */
	List<String> contentSecurityPolicyViolations() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter((message) -> message.contains("Content Security Policy"))
			.toList();
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
