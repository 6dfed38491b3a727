package dev.accord.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port with a fresh database (H2 or PostgreSQL, see
 * {@link TestDatabase}), a movable clock, MockMvc and HTTP helpers; wrong passwords from one
 * address are delayed only per email.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "accord.mail.poll-interval=100ms", "accord.mail.retry-base=200ms", "accord.mail.retry-max=1s",
				// Every test request over HTTP comes from loopback and the clock stands still: with the
				// default allowance, one test's wrong passwords would delay every later test's sign-ins.
				// SignInThrottlingIntegrationTests checks the default.
				"accord.account.sign-in.free-failures-per-address=100000",
				// Cached contexts stay open side by side: idle connections are not kept for each of them.
				"spring.datasource.hikari.minimum-idle=1" })
@ContextConfiguration(initializers = TestDatabase.class)
@AutoConfigureMockMvc
@Import(TestSupportConfiguration.class)
public @interface AccordIntegrationTest {

}
