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
 * {@link TestDatabase}), a movable clock, MockMvc and HTTP helpers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "accord.mail.poll-interval=100ms", "accord.mail.retry-base=200ms", "accord.mail.retry-max=1s" })
@ContextConfiguration(initializers = TestDatabase.class)
@AutoConfigureMockMvc
@Import(TestSupportConfiguration.class)
public @interface AccordIntegrationTest {

}
