package dev.accord.audit;

import dev.accord.business.CompanyInfoChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Turns the business module's events into audit entries, in the transaction that published them. */
@Component
class BusinessEntries {

	private final AuditRecorder recorder;

	BusinessEntries(AuditRecorder recorder) {
		this.recorder = recorder;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(CompanyInfoChanged changed) {
		this.recorder.record(Change
			.of(changed.businessAccountId(), changed.actor(), AuditAction.COMPANY_INFO_CHANGED,
					changed.businessAccountId(), changed.after().companyName())
			.field("companyName", changed.before().companyName(), changed.after().companyName())
			.field("country", changed.before().country(), changed.after().country())
			.field("postcode", changed.before().postcode(), changed.after().postcode())
			.field("phone", changed.before().phone(), changed.after().phone()));
	}

}
