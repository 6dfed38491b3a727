package dev.accord.audit;

import java.time.Period;

import jakarta.validation.constraints.AssertTrue;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param retention how long entries are kept (e.g. {@code 400d}); unset keeps them forever
 */
@Validated
@ConfigurationProperties("accord.audit")
record AuditSettings(Period retention) {

	/** A retention period counts forward: a negative one would remove entries as they are written. */
	@AssertTrue(message = "accord.audit.retention must not be negative")
	boolean isRetentionNotNegative() {
		return this.retention == null || !this.retention.isNegative();
	}

}
