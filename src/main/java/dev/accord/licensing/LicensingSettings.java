package dev.accord.licensing;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param gracePeriod how long an expired subscription keeps working ("Grace period") */
@ConfigurationProperties("accord.licensing")
record LicensingSettings(@DefaultValue("30d") Period gracePeriod) {
}
