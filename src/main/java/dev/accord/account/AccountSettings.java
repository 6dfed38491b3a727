package dev.accord.account;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param signIn how wrong passwords are answered (sign-in, tokens, Join page, change password)
 * @param passwordReset how often reset links may be mailed
 * @param tokenReminder when owners are emailed about tokens that expire soon
 * @param emailLinks how long email verification and email change links work, and how often they may be mailed
 */
@ConfigurationProperties("accord.account")
@Validated
record AccountSettings(@Valid @NotNull @DefaultValue SignInThrottling signIn,
		@Valid @NotNull @DefaultValue PasswordResets passwordReset,
		@Valid @NotNull @DefaultValue TokenReminders tokenReminder, @Valid @NotNull @DefaultValue EmailLinkLimits emailLinks) {

	/**
	 * @param freeFailures wrong passwords for one email from one client address before delays begin
	 * @param freeFailuresPerAddress wrong passwords from one client address, for any emails, before
	 * delays begin for all of them (IPv6 addresses count per /64 network)
	 * @param firstDelay the wait after the first failure past an allowance; doubled with each further one
	 * @param maxDelay the longest wait
	 * @param forgetAfter how long a failure counts; older ones are removed
	 */
	record SignInThrottling(@Min(1) @DefaultValue("5") int freeFailures,
			@Min(1) @DefaultValue("50") int freeFailuresPerAddress, @NotNull @DefaultValue("1s") Duration firstDelay,
			@NotNull @DefaultValue("15m") Duration maxDelay, @NotNull @DefaultValue("24h") Duration forgetAfter) {

		SignInThrottling {
			if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0
					|| forgetAfter.compareTo(maxDelay) < 0) {
				throw new IllegalArgumentException("need 0 < first-delay <= max-delay <= forget-after");
			}
		}

		/** How long to wait after the latest of {@code failures} failures, when {@code free} are free. */
		Duration delayAfter(long failures, int free) {
			if (failures < free) {
				return Duration.ZERO;
			}
			Duration delay = this.firstDelay.multipliedBy(1L << Math.min(failures - free, 30));
			return (delay.compareTo(this.maxDelay) > 0) ? this.maxDelay : delay;
		}

	}

	/**
	 * @param mailsPerHour reset links one email receives at most in an hour; further requests are
	 * answered the same but send nothing
	 * @param linkValidity how long a reset link works (once); the mail says it in minutes
	 */
	record PasswordResets(@Min(1) @DefaultValue("5") int mailsPerHour,
			@NotNull @DurationMin(minutes = 1) @DurationMax(days = 7) @DefaultValue("1h") Duration linkValidity) {
	}

	/**
	 * @param interval how often the job looks for tokens to remind of (read by its schedule)
	 * @param before how long before its expiry a token's owner is emailed, once; a token whose
	 * whole life is no longer than this gets no reminder
	 */
	record TokenReminders(@NotNull @DurationMin(minutes = 1) @DefaultValue("1h") Duration interval,
			@NotNull @DurationMin(hours = 1) @DurationMax(days = 60) @DefaultValue("7d") Duration before) {
	}

	/**
	 * @param linkValidity how long a verification or email change link works (once); the mails say it in hours
	 * @param resendInterval the least time between two links of one kind to one person
	 * @param mailsPerDay links of one kind one person receives at most in 24 hours (the sign-up's included)
	 */
	record EmailLinkLimits(@NotNull @DurationMin(hours = 1) @DurationMax(days = 30) @DefaultValue("24h") Duration linkValidity,
			@NotNull @DurationMax(hours = 1) @DefaultValue("1m") Duration resendInterval,
			@Min(1) @DefaultValue("5") int mailsPerDay) {
	}

}
