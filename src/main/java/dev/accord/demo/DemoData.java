package dev.accord.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import dev.accord.account.AccountService;
import dev.accord.account.AccountView;
import dev.accord.account.SignUp;
import dev.accord.business.BusinessAccountService;
import dev.accord.business.CompanyInfo;
import dev.accord.business.MemberChange;
import dev.accord.business.MembershipAdministration;
import dev.accord.business.MembershipService;
import dev.accord.business.MembershipStatus;
import dev.accord.licensing.AdditionalKeys;
import dev.accord.licensing.DeviceService;
import dev.accord.licensing.KeyType;
import dev.accord.licensing.KeyView;
import dev.accord.licensing.LicenseAdministrators;
import dev.accord.licensing.ProvisioningService;
import dev.accord.platform.AccordProperties;
import dev.accord.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Fills an empty database with a living business account when {@code accord.demo=true}. */
@Component
@ConditionalOnProperty(name = "accord.demo", havingValue = "true")
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "demo-password";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final AccountService accounts;

	private final BusinessAccountService businesses;

	private final MembershipService memberships;

	private final MembershipAdministration administration;

	private final ProvisioningService provisioning;

	private final AdditionalKeys keys;

	private final LicenseAdministrators licenseAdministrators;

	private final DeviceService devices;

	private final AccordProperties properties;

	private final Clock clock;

	DemoData(AccountService accounts, BusinessAccountService businesses, MembershipService memberships,
			MembershipAdministration administration, ProvisioningService provisioning, AdditionalKeys keys,
			LicenseAdministrators licenseAdministrators, DeviceService devices, AccordProperties properties, Clock clock) {
		this.accounts = accounts;
		this.businesses = businesses;
		this.memberships = memberships;
		this.administration = administration;
		this.provisioning = provisioning;
		this.keys = keys;
		this.licenseAdministrators = licenseAdministrators;
		this.devices = devices;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.findByEmail("ana@demo.example").isPresent()) {
			log.info("Demo data is there already. Sign in at {} as ana@demo.example / {}", this.properties.link("/signin"),
					PASSWORD);
			return;
		}
		Acme acme = business();
		String spare = licenses(acme.id(), acme.ana(), acme.carol());

		log.info("""

				Demo data is ready at {}
				  Account Administrator:  ana@demo.example   / {}
				  Regular Member:         bob@demo.example   / {}
				  License Administrator:  carol@demo.example / {}   (of the key "Berlin office")
				  Blocked member:         dave@demo.example  / {}
				A Primary Key waiting to be registered (Register Key on ana's Dashboard): {}
				""", this.properties.link("/signin"), PASSWORD, PASSWORD, PASSWORD, PASSWORD, spare);
	}

	/** ACME with ana as Account Administrator, bob and carol as members and dave blocked. */
	private Acme business() {
		AccountView ana = person("ana@demo.example", "Ana", "Silva", Language.EN);
		AccountView bob = person("bob@demo.example", "Bob", "Lee", Language.DE);
		AccountView carol = person("carol@demo.example", "Carol", "Martin", Language.FR);
		AccountView dave = person("dave@demo.example", "Dave", "Kim", Language.EN);
		UUID acme = this.businesses.create(ana.id(), new CompanyInfo("ACME Corporation", "DE", "10115", "+49 30 1234567"))
			.id();
		this.memberships.join(acme, bob.id());
		this.memberships.join(acme, carol.id());
		this.memberships.join(acme, dave.id());
		this.administration.change(acme, ana.id(), dave.id(), new MemberChange(null, null, MembershipStatus.BLOCKED));
		return new Acme(acme, ana, carol);
	}

	/**
	 * A subscription with two more keys (carol administers "Berlin office") and computers on each,
	 * and an unregistered Primary Key; returns that key.
	 */
	private String licenses(UUID acme, AccountView ana, AccountView carol) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		var subscription = this.provisioning.provisionAsSystem(acme, "Accord Desktop Pro", 25, today.minusMonths(2),
				today.plusMonths(10));
		KeyView berlin = this.keys.create(acme, ana.id(), subscription.subscriptionId(), "Berlin office", 5,
				KeyType.RESERVED, null);
		KeyView contractors = this.keys.create(acme, ana.id(), subscription.subscriptionId(), "Contractors", 3,
				KeyType.DYNAMIC, null);
		this.licenseAdministrators.grant(acme, ana.id(), berlin.id(), carol.id());
		activate(subscription.primaryKey(), "hq", 6);
		activate(berlin.key(), "berlin", 3);
		activate(contractors.key(), "contractor", 2);
		return this.provisioning.provisionAsSystem(null, "Accord Server", 10, today, today.plusYears(1)).primaryKey();
	}

	/** The demo business account and the two people the licences need. */
	private record Acme(UUID id, AccountView ana, AccountView carol) {
	}

	private AccountView person(String email, String first, String last, Language language) {
		return this.accounts.signUp(new SignUp(email, PASSWORD, first, last, language, true));
	}

	private void activate(String key, String prefix, int count) {
		for (int i = 1; i <= count; i++) {
			this.devices.activate(key, new DeviceService.Device(prefix + "-" + i, prefix.substring(0, 1).toUpperCase()
					+ prefix.substring(1) + " PC " + i, "SN-" + prefix.toUpperCase() + "-" + i,
					String.format("00:1A:2B:3C:4D:%02X", i), "127.0.0.1"));
		}
	}

}
