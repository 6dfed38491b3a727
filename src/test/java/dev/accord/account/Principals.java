package dev.accord.account;

import dev.accord.support.Api.Person;

/** Builds the signed-in principal for MockMvc requests. */
public final class Principals {

	private Principals() {
	}

	public static AccordUser of(Person person) {
		return new AccordUser(person.id(), person.email(), null);
	}

}
