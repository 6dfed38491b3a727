package dev.accord.invitation;

import java.time.Duration;
import java.time.Instant;

import dev.accord.business.Role;
import dev.accord.shared.Language;
import dev.accord.support.MutableClock;
import org.junit.jupiter.api.Test;

import static dev.accord.invitation.InvitationFixtures.anInvitation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class InvitationTests {

	static final Instant SENT = Instant.parse("2026-01-05T09:00:00Z");

	final MutableClock clock = new MutableClock(SENT);

	@Test
	void anInvitationIsPendingUntilTheMomentItExpires() {
		Invitation invitation = anInvitation().sentAt(SENT).validFor(7).build();

		this.clock.advance(Duration.ofDays(7).minusNanos(1000));
		assertThat(invitation.isPending(this.clock)).isTrue();
		assertThat(invitation.status(this.clock)).isEqualTo(InvitationStatus.PENDING);

		this.clock.advance(Duration.ofNanos(1000));
		assertThat(invitation.isPending(this.clock)).isFalse();
		assertThat(invitation.status(this.clock)).isEqualTo(InvitationStatus.EXPIRED);
		assertThat(invitation.isOpen()).isTrue();
	}

	@Test
	void acceptedAndRevokedInvitationsAreNeitherPendingNorOpen() {
		assertThat(anInvitation().accepted().build().isPending(this.clock)).isFalse();
		assertThat(anInvitation().accepted().build().status(this.clock)).isEqualTo(InvitationStatus.ACCEPTED);
		assertThat(anInvitation().revoked().build().isOpen()).isFalse();
		assertThat(anInvitation().revoked().build().status(this.clock)).isEqualTo(InvitationStatus.REVOKED);
	}

	@Test
	void acceptingAPendingInvitationRecordsWhoAndWhen() {
		Invitation invitation = anInvitation().build();
		java.util.UUID bob = java.util.UUID.randomUUID();

		invitation.accept(bob, this.clock);

		assertThat(invitation.status(this.clock)).isEqualTo(InvitationStatus.ACCEPTED);
		assertThat(invitation.acceptedBy()).isEqualTo(bob);
		assertThat(invitation.closedAt()).isEqualTo(SENT);
	}

	@Test
	void anExpiredUsedOrRevokedInvitationCannotBeAcceptedAndSaysWhy() {
		Invitation expired = anInvitation().validFor(1).build();
		this.clock.advance(Duration.ofDays(1));

		assertThatExceptionOfType(InvitationGoneException.class).isThrownBy(() -> expired.accept(null, this.clock))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("INVITATION_EXPIRED"));
		assertThatExceptionOfType(InvitationGoneException.class)
			.isThrownBy(() -> anInvitation().accepted().build().accept(null, this.clock))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("INVITATION_USED"));
		assertThatExceptionOfType(InvitationGoneException.class)
			.isThrownBy(() -> anInvitation().revoked().build().accept(null, this.clock))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("INVITATION_REVOKED"));
	}

	@Test
	void anOpenInvitationCanBeRevokedEvenAfterItExpiredButOnlyOnce() {
		Invitation invitation = anInvitation().validFor(1).build();
		this.clock.advance(Duration.ofDays(2));

		invitation.revoke(this.clock);

		assertThat(invitation.status(this.clock)).isEqualTo(InvitationStatus.REVOKED);
		assertThatExceptionOfType(InvitationNotPendingException.class).isThrownBy(() -> invitation.revoke(this.clock));
		assertThatExceptionOfType(InvitationNotPendingException.class)
			.isThrownBy(() -> anInvitation().accepted().build().revoke(this.clock));
	}

	@Test
	void resendingGivesANewLinkFromNowAndKeepsTheOldOneAsReplaced() {
		Invitation invitation = anInvitation().sentAt(SENT).validFor(7).build();
		String oldHash = invitation.link().tokenHash();
		this.clock.advance(Duration.ofDays(10));

		invitation.resend("b".repeat(64), Language.DE, Role.ACCOUNT_ADMINISTRATOR, 3, this.clock);

		assertThat(invitation.isPending(this.clock)).isTrue();
		assertThat(invitation.replacedLink().tokenHash()).isEqualTo(oldHash);
		assertThat(invitation.link().tokenHash()).isEqualTo("b".repeat(64));
		assertThat(invitation.link().sentAt()).isEqualTo(SENT.plus(Duration.ofDays(10)));
		assertThat(invitation.link().expiresAt()).isEqualTo(SENT.plus(Duration.ofDays(13)));
		assertThat(invitation.language()).isEqualTo(Language.DE);
		assertThat(invitation.role()).isEqualTo(Role.ACCOUNT_ADMINISTRATOR);
		assertThat(invitation.validityDays()).isEqualTo(3);
	}

	@Test
	void anAcceptedOrRevokedInvitationCannotBeResent() {
		assertThatExceptionOfType(InvitationNotPendingException.class).isThrownBy(() -> anInvitation().accepted()
			.build()
			.resend("b".repeat(64), Language.EN, Role.REGULAR_MEMBER, 7, this.clock));
		assertThatExceptionOfType(InvitationNotPendingException.class).isThrownBy(() -> anInvitation().revoked()
			.build()
			.resend("b".repeat(64), Language.EN, Role.REGULAR_MEMBER, 7, this.clock));
	}

	@Test
	void theValidityOfAnOlderInvitationIsReadFromItsLink() {
		assertThat(anInvitation().validFor(12).withoutStoredValidity().build().validityDays()).isEqualTo(12);
		assertThat(anInvitation().validFor(5).build().validityDays()).isEqualTo(5);
	}

	@Test
	void theInvitedPersonGetsAFreshLinkAtMostOncePerIntervalValidAsLongAsTheLastOne() {
		Duration interval = Duration.ofMinutes(10);
		Invitation invitation = anInvitation().sentAt(SENT).validFor(7).inviteeAskedAt(SENT).build();
		this.clock.advance(Duration.ofMinutes(9));

		assertThat(invitation.resendToInvitee("b".repeat(64), interval, this.clock)).isFalse();
		assertThat(invitation.replacedLink()).isNull();

		this.clock.advance(Duration.ofMinutes(1));
		assertThat(invitation.resendToInvitee("c".repeat(64), interval, this.clock)).isTrue();
		assertThat(invitation.link().expiresAt()).isEqualTo(this.clock.instant().plus(Duration.ofDays(7)));
		assertThat(invitation.inviteeResentAt()).isEqualTo(this.clock.instant());
		assertThat(anInvitation().revoked().build().resendToInvitee("d".repeat(64), interval, this.clock)).isFalse();
	}

}
