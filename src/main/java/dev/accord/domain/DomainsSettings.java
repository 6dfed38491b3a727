package dev.accord.domain;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param checkInterval how often the schedule checks each pending or verified domain
 * @param pendingFor how long a pending domain is checked on the schedule before it is FAILED
 * @param gracePeriod how long a verified domain's record may be missing before it is unverified
 * @param checkNowEvery how often "Check now" may look a domain up
 * @param dns the resolver
 */
@Validated
@ConfigurationProperties("accord.domains")
record DomainsSettings(@DefaultValue("PT6H") Duration checkInterval, @DefaultValue("P14D") Duration pendingFor,
		@DefaultValue("P7D") Duration gracePeriod, @DefaultValue("PT10S") Duration checkNowEvery,
		@DefaultValue Dns dns) {

	/**
	 * @param servers host[:port] of the DNS servers to ask; empty asks the system's resolver
	 * @param timeout how long one look-up may take
	 */
	record Dns(@DefaultValue List<String> servers, @DefaultValue("PT5S") Duration timeout) {
	}

}
