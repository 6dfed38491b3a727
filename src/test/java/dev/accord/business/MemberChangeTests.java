package dev.accord.business;

import java.time.Instant;
import java.util.UUID;

import dev.accord.platform.ValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The rules a membership change carries itself: notes' size and text, and who it takes away. */
class MemberChangeTests {

	private static final MemberView ACTIVE_ADMIN = member(Role.ACCOUNT_ADMINISTRATOR, MembershipStatus.ACTIVE);

	@Test
	void notesUpToTwoThousandCharactersAreKept() {
		assertThat(new MemberChange(null, "n".repeat(MemberChange.MAX_NOTES), null).notes())
			.hasSize(MemberChange.MAX_NOTES);
	}

	@Test
	void longerNotesAreRefusedOnTheNotesField() {
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> new MemberChange(null, "n".repeat(MemberChange.MAX_NOTES + 1), null))
			.satisfies((ex) -> assertThat(ex.fieldErrors()).containsEntry("notes", "membership.notes.tooLong"));
	}

	@Test
	void notesMayHoldSeveralLinesButNoControlCharacters() {
		assertThat(new MemberChange(null, "first line\nsecond line", null).notes()).contains("\n");
		assertThatExceptionOfType(ValidationException.class)
			.isThrownBy(() -> new MemberChange(null, "bell\u0007", null))
			.satisfies((ex) -> assertThat(ex.fieldErrors()).containsKey("notes"));
	}

	@Test
	void demotingOrBlockingAnActiveAdministratorTakesOneAway() {
		assertThat(new MemberChange(Role.REGULAR_MEMBER, null, null).takesAwayAdministrator(ACTIVE_ADMIN)).isTrue();
		assertThat(new MemberChange(null, null, MembershipStatus.BLOCKED).takesAwayAdministrator(ACTIVE_ADMIN))
			.isTrue();
	}

	@Test
	void notesKeepingTheRoleOrUnblockingTakeNoAdministratorAway() {
		assertThat(new MemberChange(null, "n", null).takesAwayAdministrator(ACTIVE_ADMIN)).isFalse();
		assertThat(new MemberChange(Role.ACCOUNT_ADMINISTRATOR, null, MembershipStatus.ACTIVE)
			.takesAwayAdministrator(ACTIVE_ADMIN)).isFalse();
	}

	@Test
	void changesToRegularOrBlockedMembersNeverTakeAnAdministratorAway() {
		MemberChange demoteAndBlock = new MemberChange(Role.REGULAR_MEMBER, null, MembershipStatus.BLOCKED);

		assertThat(demoteAndBlock.takesAwayAdministrator(member(Role.REGULAR_MEMBER, MembershipStatus.ACTIVE)))
			.isFalse();
		assertThat(demoteAndBlock.takesAwayAdministrator(member(Role.ACCOUNT_ADMINISTRATOR, MembershipStatus.BLOCKED)))
			.isFalse();
	}

	private static MemberView member(Role role, MembershipStatus status) {
		return new MemberView(UUID.randomUUID(), "bob@example.com", "Bob", "Lee", role, status, null, Instant.EPOCH);
	}

}
