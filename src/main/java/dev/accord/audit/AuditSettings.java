package dev.accord.audit;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param retention how long entries are kept (e.g. {@code 400d}); unset keeps them forever
 */
@ConfigurationProperties("accord.audit")
record AuditSettings(Period retention) {
}
