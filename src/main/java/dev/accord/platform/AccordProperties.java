package dev.accord.platform;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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

	/** An absolute link to a path of the portal. */
	public String link(String pathAndQuery) {
		String base = this.baseUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery;
	}

	/** @param name the vendor's name, shown in titles as "name My Account" */
	public record Brand(@NotBlank @DefaultValue("Accord") String name) {
	}

}
