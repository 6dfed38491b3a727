package dev.accord.platform;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings shared by every module.
 *
 * @param baseUrl where people reach the portal; used in links sent by email ({@code ACCORD_BASE_URL})
 * @param brand the vendor's brand
 * @param operators emails of the vendor's staff accounts that provision subscriptions
 */
@Validated
@ConfigurationProperties("accord")
public record AccordProperties(@NotNull @DefaultValue("http://localhost:8080") URI baseUrl,
		@Valid @NotNull @DefaultValue Brand brand, @NotNull @DefaultValue List<String> operators) {

	public AccordProperties {
		operators = operators.stream().map((e) -> e.trim().toLowerCase(Locale.ROOT)).filter((e) -> !e.isEmpty()).toList();
	}

	/**
	 * The brand's logo as an absolute URL, for mails: a path is resolved against the base URL.
	 *
	 * @return the URL, or {@code null} when no logo is set
	 */
	public String absoluteLogo() {
		String logo = this.brand.logo();
		return (logo == null || !logo.startsWith("/")) ? logo : link(logo);
	}

	/** An absolute link to a path of the portal. */
	public String link(String pathAndQuery) {
		String base = this.baseUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery;
	}

	/**
	 * The vendor's brand; every setting but the name is optional and a blank one counts as unset.
	 *
	 * @param name the vendor's name, shown in titles as "name My Account"
	 * @param logo the logo in the header and in mails: an http(s) URL or a path of the portal
	 * @param primaryColor the colour of links and buttons, {@code #rgb} or {@code #rrggbb}
	 * @param favicon the browser tab's icon: an http(s) URL or a path of the portal
	 * @param supportUrl where people get help, linked in the footer and on error pages
	 * @param supportEmail the address for help, linked in the footer and on error pages
	 */
	public record Brand(@NotBlank @DefaultValue("Accord") String name,
			@Pattern(regexp = LOCATION, message = LOCATION_MESSAGE) String logo,
			@Pattern(regexp = "#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})",
					message = "must be a colour written #rgb or #rrggbb, like #0172ad") String primaryColor,
			@Pattern(regexp = LOCATION, message = LOCATION_MESSAGE) String favicon,
			@Pattern(regexp = LOCATION, message = LOCATION_MESSAGE) String supportUrl,
			@Email(message = "must be an email address, like support@example.com") String supportEmail) {

		private static final String PATH_CHARS = "([A-Za-z0-9._~:/?@!$&()*+,;=-]|%[0-9A-Fa-f]{2})";

		static final String LOCATION = "(https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/" + PATH_CHARS + "*)?|/((?!/)"
				+ PATH_CHARS + "*)?)";

		static final String LOCATION_MESSAGE = "must be an http(s) URL or a path starting with /";

		public Brand {
			logo = unsetIfBlank(logo);
			primaryColor = unsetIfBlank(primaryColor);
			favicon = unsetIfBlank(favicon);
			supportUrl = unsetIfBlank(supportUrl);
			supportEmail = unsetIfBlank(supportEmail);
		}

		/**
		 * The origins of a logo or favicon served from elsewhere, which the Content-Security-Policy
		 * allows as images.
		 */
		public List<String> imageOrigins() {
			return Stream.of(this.logo, this.favicon)
				.filter((location) -> location != null && !location.startsWith("/"))
				.map(URI::create)
				.map((uri) -> uri.getScheme() + "://" + uri.getHost() + ((uri.getPort() < 0) ? "" : ":" + uri.getPort()))
				.distinct()
				.toList();
		}

		/** Whether people are told where to get help. */
		public boolean hasSupport() {
			return this.supportUrl != null || this.supportEmail != null;
		}

		private static String unsetIfBlank(String value) {
			return (value == null || value.isBlank()) ? null : value.trim();
		}

	}

}
