package dev.accord.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * The whole application as {@link AccordIntegrationTest} with every brand setting of a vendor
 * (ACME Tools) set: a logo as a path, a red primary colour, a favicon on another origin, a support
 * link and a support address. Test classes that share it share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@AccordIntegrationTest
@TestPropertySource(properties = { "accord.base-url=https://portal.acme.example", "accord.brand.name=ACME Tools",
		"accord.brand.logo=/img/acme-logo.png", "accord.brand.primary-color=#c0392b",
		"accord.brand.favicon=https://cdn.acme.example/favicon.ico",
		"accord.brand.support-url=https://help.acme.example/portal", "accord.brand.support-email=help@acme.example" })
public @interface BrandedPortal {

	/** The logo as mails show it: the path made absolute with the base URL. */
	String MAIL_LOGO = "https://portal.acme.example/img/acme-logo.png";

}
