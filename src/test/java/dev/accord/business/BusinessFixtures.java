package dev.accord.business;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.accord.support.Api;
import dev.accord.support.Api.Person;
import dev.accord.support.Api.Response;

/**
 * Business accounts for tests, built over the HTTP API as a person would build them:
 * {@code aBusiness(api).named("ACME").withMember("bob").build()}. The administrator is "ana";
 * members join through an invitation.
 */
final class BusinessFixtures {

	private BusinessFixtures() {
	}

	static Builder aBusiness(Api api) {
		return new Builder(api);
	}

	/** What a business account is made of before it exists. */
	static final class Builder {

		private final Api api;

		private String companyName = "ACME";

		private final List<String> members = new ArrayList<>();

		private Builder(Api api) {
			this.api = api;
		}

		Builder named(String companyName) {
			this.companyName = companyName;
			return this;
		}

		/** A Regular Member who joined by invitation, first name {@code name}, last name "Member". */
		Builder withMember(String name) {
			this.members.add(name);
			return this;
		}

		TestBusiness build() {
			Person admin = this.api.signUp("ana");
			UUID id = this.api.createBusiness(admin, this.companyName);
			TestBusiness business = new TestBusiness(this.api, id, admin, new LinkedHashMap<>());
			this.members.forEach((name) -> business.people().put(name, this.api.inviteAndJoin(admin, id, name)));
			return business;
		}

	}

	/**
	 * A business account that exists, its administrator "ana" and its members by first name.
	 *
	 * @param people the members added by the builder, by the name they were given
	 */
	record TestBusiness(Api api, UUID id, Person admin, Map<String, Person> people) {

		Person member(String name) {
			Person member = this.people.get(name);
			if (member == null) {
				throw new IllegalArgumentException("no member called " + name);
			}
			return member;
		}

		/** {@code /api/v1/business-accounts/{id}}. */
		String path() {
			return "/api/v1/business-accounts/" + this.id;
		}

		/** {@code /api/v1/business-accounts/{id}/members}. */
		String membersPath() {
			return path() + "/members";
		}

		String memberPath(Person member) {
			return membersPath() + "/" + member.id();
		}

		/** The administrator changes the member over the API (role, notes, status). */
		Response change(Person member, Map<String, ?> change) {
			return this.api.patch(memberPath(member), change, this.admin.token());
		}

		/** The member's status as the administrator sees it ({@code ACTIVE}, {@code BLOCKED}), or null for none. */
		String statusOf(Person member) {
			return (String) this.api.get(memberPath(member), this.admin.token()).map().get("status");
		}

		/** The member's role as the administrator sees it ({@code REGULAR_MEMBER}, {@code ACCOUNT_ADMINISTRATOR}). */
		String roleOf(Person member) {
			return (String) this.api.get(memberPath(member), this.admin.token()).map().get("role");
		}

	}

}
