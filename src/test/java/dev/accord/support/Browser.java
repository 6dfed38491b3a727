package dev.accord.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
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

	/**
	 * Idle browsers, kept for the next test of this JVM: starting Chromium and its driver costs more
	 * than resetting one. A browser in use is never shared; two at once (two people) are two.
	 */
	private static final Deque<Session> IDLE = new ArrayDeque<>();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			synchronized (IDLE) {
				IDLE.forEach(Session::quit);
				IDLE.clear();
			}
		}, "browser-pool-shutdown"));
	}

	private final Session session;

	private final WebDriver driver;

	private final WebDriverWait wait;

	private final String baseUrl;

	private final boolean pooled;

	private Browser(String baseUrl, Session session, boolean pooled) {
		this.baseUrl = baseUrl;
		this.session = session;
		this.driver = session.driver();
		this.wait = new WebDriverWait(this.driver, Duration.ofSeconds(10));
		this.pooled = pooled;
	}

	/**
	 * A browser for this test: an idle one, reset (no cookies, storage or emulation, one window at
	 * 1280×1000), or a new one; or skips (fails, when required) the test without Chromium.
	 */
	public static Browser open(String baseUrl) throws IOException {
		requireInstalled();
		Session idle;
		synchronized (IDLE) {
			idle = IDLE.poll();
		}
		return new Browser(baseUrl, (idle != null) ? idle : Session.start(), true);
	}

	/** A browser of its own, quit when closed: for tests that change it beyond what a reset undoes (authenticators). */
	public static Browser openOwn(String baseUrl) throws IOException {
		requireInstalled();
		return new Browser(baseUrl, Session.start(), false);
	}

	private static void requireInstalled() {
		boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
		String message = "Browser tests need Chromium and ChromeDriver (" + CHROMIUM + ", " + CHROMEDRIVER
				+ "): apt-get install chromium chromium-driver";
		if (!installed) {
			if ("true".equalsIgnoreCase(System.getenv("ACCORD_E2E_REQUIRED"))) {
				Assertions.fail(message + " (required because ACCORD_E2E_REQUIRED=true)");
			}
			Assumptions.abort(message + "; skipping.");
		}
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

	/** Sets the viewport (inner window) size: 1280×900 for desktop, 390×844 for a phone. */
	public void resize(int width, int height) {
		this.driver.manage().window().setSize(new Dimension(width, height));
		List<?> inner = (List<?>) js().executeScript("return [window.innerWidth, window.innerHeight];");
		int dw = width - ((Number) inner.get(0)).intValue();
		int dh = height - ((Number) inner.get(1)).intValue();
		if (dw != 0 || dh != 0) {
			Dimension outer = this.driver.manage().window().getSize();
			this.driver.manage().window().setSize(new Dimension(outer.getWidth() + dw, outer.getHeight() + dh));
		}
	}

	/** Fails when the page is wider than its viewport (sideways scroll of the page itself). */
	public void assertNoHorizontalOverflow() {
		List<?> w = (List<?>) js()
			.executeScript("return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
		long scroll = ((Number) w.get(0)).longValue();
		long client = ((Number) w.get(1)).longValue();
		Assertions.assertTrue(scroll <= client, () -> url() + " scrolls sideways: " + scroll + " px wide in a "
				+ client + " px viewport; beyond the edge: " + js().executeScript(WIDEST));
	}

	private static final String WIDEST = """
			const vw = document.documentElement.clientWidth, out = [];
			for (const e of document.querySelectorAll('body *')) {
			  const r = e.getBoundingClientRect();
			  if (r.right > vw + 1 && !e.closest('.overflow-auto')) {
			    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
			      + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().replace(/ +/g, '.') : '')
			      + ' right=' + Math.round(r.right));
			  }
			}
			return out.slice(0, 8).join(', ');
			""";

	/** Runs axe-core on the page as it stands (open dialogs included) and fails on any violation. */
	public void assertAccessible() {
		// Legacy mode runs axe.run in the page itself instead of runPartial plus a second window for
		// finishRun: about three times faster, and our pages have no cross-origin frames.
		Results results = new AxeBuilder().setLegacyMode(true).analyze(this.driver);
		List<Rule> violations = results.getViolations();
		Assertions.assertTrue(violations.isEmpty(),
				() -> url() + " has " + violations.size() + " axe-core violation(s):\n" + describe(violations));
	}

	private static String describe(List<Rule> violations) {
		StringBuilder out = new StringBuilder();
		for (Rule rule : violations) {
			out.append("- ").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ")
				.append(rule.getHelp()).append('\n');
			rule.getNodes().stream().limit(5).forEach(node -> out.append("    ").append(node.getTarget()).append(": ")
				.append(String.valueOf(node.getFailureSummary()).replace('\n', ' ')).append('\n'));
		}
		return out.toString();
	}

	/**
	 * Emulates the system's colour scheme ({@code "dark"} or {@code "light"}) through the DevTools
	 * protocol, as if the operating system were set to it; {@code null} goes back to the real setting.
	 */
	public void emulateColorScheme(String scheme) {
		Map<String, Object> media = (scheme == null) ? Map.of("features", List.of())
				: Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme)));
		((ChromeDriver) this.driver).executeCdpCommand("Emulation.setEmulatedMedia", media);
	}

	/** Saves a PNG of the viewport. */
	public void screenshot(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		Files.write(file, ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
	}

	public JavascriptExecutor js() {
		return (JavascriptExecutor) this.driver;
	}

	/** Back to the pool after a reset; a browser that cannot be reset (or one of its own) is quit. */
	@Override
	public void close() {
		if (this.pooled && this.session.reset(this.baseUrl)) {
			synchronized (IDLE) {
				IDLE.push(this.session);
			}
		}
		else {
			this.session.quit();
		}
	}

	/** One Chromium with its driver and its own fresh profile directory. */
	private record Session(WebDriver driver, Path profile) {

		static Session start() throws IOException {
			Path profile = Files.createTempDirectory("accord-chromium-");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM);
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--no-first-run", "--window-size=1280,1000", "--hide-scrollbars", "--lang=en-US",
					"--user-data-dir=" + profile);
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(new File(CHROMEDRIVER))
				.usingAnyFreePort()
				.build();
			return new Session(new ChromeDriver(service, options), profile);
		}

		/** As new: one blank window at 1280×1000, no cookies (of any site), storage, cache or emulation. */
		boolean reset(String baseUrl) {
			try {
				ChromeDriver chrome = (ChromeDriver) this.driver;
				List<String> windows = new ArrayList<>(chrome.getWindowHandles());
				for (String window : windows.subList(1, windows.size())) {
					chrome.switchTo().window(window).close();
				}
				chrome.switchTo().window(windows.get(0));
				chrome.get("about:blank");
				chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
				chrome.executeCdpCommand("Network.clearBrowserCache", Map.of());
				chrome.executeCdpCommand("Storage.clearDataForOrigin",
						Map.of("origin", java.net.URI.create(baseUrl).resolve("/").toString().replaceAll("/$", ""),
								"storageTypes", "all"));
				chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
				chrome.manage().window().setSize(new Dimension(1280, 1000));
				return true;
			}
			catch (RuntimeException ex) {
				return false;
			}
		}

		void quit() {
			try {
				this.driver.quit();
			}
			catch (RuntimeException ex) {
				// Already gone.
			}
			try (var files = Files.walk(this.profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
			catch (IOException ex) {
				// A leftover temporary profile is harmless.
			}
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
