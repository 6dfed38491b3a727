package dev.accord.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}). Without them
 * browser tests are skipped with a message, unless {@code ACCORD_E2E_REQUIRED=true}, where they fail.
 */
public final class Browser implements AutoCloseable {

	private static final String CHROMIUM = env("ACCORD_CHROMIUM", "/usr/bin/chromium");

	private static final String CHROMEDRIVER = env("ACCORD_CHROMEDRIVER", "/usr/bin/chromedriver");

	private final WebDriver driver;

	private final WebDriverWait wait;

	private final Path profile;

	private final String baseUrl;

	private Browser(String baseUrl) throws IOException {
		this.baseUrl = baseUrl;
		this.profile = Files.createTempDirectory("accord-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1000", "--lang=en-US", "--user-data-dir=" + this.profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.wait = new WebDriverWait(this.driver, Duration.ofSeconds(10));
	}

	/** Opens a browser, or skips (fails, when required) the test without one. */
	public static Browser open(String baseUrl) throws IOException {
		boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
		String message = "Browser tests need Chromium and ChromeDriver (" + CHROMIUM + ", " + CHROMEDRIVER
				+ "): apt-get install chromium chromium-driver";
		if (!installed) {
			if ("true".equalsIgnoreCase(System.getenv("ACCORD_E2E_REQUIRED"))) {
				Assertions.fail(message + " (required because ACCORD_E2E_REQUIRED=true)");
			}
			Assumptions.abort(message + "; skipping.");
		}
		return new Browser(baseUrl);
	}

	/** Signs in through the sign-in page and waits for the Dashboard. */
	public void signIn(String email, String password) {
		go("/signin");
		type("#email", email);
		type("#password", password);
		click("#signin-submit");
		awaitUrlContains("/dashboard");
	}

	public void go(String path) {
		this.driver.get(this.baseUrl + path);
	}

	public WebElement find(String css) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
	}

	public void click(String css) {
		this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
	}

	public void clickText(String text) {
		this.wait
			.until(ExpectedConditions.elementToBeClickable(
					By.xpath("//*[self::a or self::button or self::summary][normalize-space(.)=" + quote(text) + "]")))
			.click();
	}

	public void type(String css, String text) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(text);
	}

	public void select(String css, String visibleText) {
		new org.openqa.selenium.support.ui.Select(find(css)).selectByVisibleText(visibleText);
	}

	public String text(String css) {
		return find(css).getText();
	}

	public void awaitText(String css, String text) {
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
	}

	public void awaitUrlContains(String fragment) {
		this.wait.until(ExpectedConditions.urlContains(fragment));
	}

	public String url() {
		return this.driver.getCurrentUrl();
	}

	public String title() {
		return this.driver.getTitle();
	}

	public String pageText() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	public WebDriver driver() {
		return this.driver;
	}

	@Override
	public void close() {
		this.driver.quit();
		try (var files = Files.walk(this.profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException ex) {
			// A leftover temporary profile is harmless.
		}
	}

	private static String quote(String text) {
		return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
