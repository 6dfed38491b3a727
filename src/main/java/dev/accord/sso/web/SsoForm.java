package dev.accord.sso.web;

import dev.accord.platform.SingleLine;
import dev.accord.sso.SsoChange;
import dev.accord.sso.SsoConnectionView;
import jakarta.validation.constraints.Size;

/**
 * The Single Sign-On page's settings form. Sizes and one-line texts are checked here, at the edge;
 * the rules of the settings themselves (issuer URL, claim name, required fields) by
 * {@link dev.accord.sso.SsoAdministration}. The client secret is write-only: the form never carries
 * the stored one back, and an empty field keeps it.
 */
public class SsoForm {

	@Size(max = SsoChange.MAX_ISSUER, message = "{validation.tooLong}")
	@SingleLine
	private String issuer;

	@Size(max = SsoChange.MAX_CLIENT_ID, message = "{validation.tooLong}")
	@SingleLine
	private String clientId;

	@Size(max = SsoChange.MAX_CLIENT_SECRET, message = "{validation.tooLong}")
	@SingleLine
	private String clientSecret;

	private boolean enabled;

	private boolean requireSso;

	private boolean joinOnFirstSignIn;

	@Size(max = SsoChange.MAX_CLAIM, message = "{validation.tooLong}")
	@SingleLine
	private String adminClaim;

	@Size(max = SsoChange.MAX_CLAIM_VALUE, message = "{validation.tooLong}")
	@SingleLine
	private String adminClaimValue;

	/** The most characters each field takes, for the inputs' {@code maxlength}. */
	public record Limits(int issuer, int clientId, int clientSecret, int adminClaim, int adminClaimValue) {

		static final Limits SSO = new Limits(SsoChange.MAX_ISSUER, SsoChange.MAX_CLIENT_ID,
				SsoChange.MAX_CLIENT_SECRET, SsoChange.MAX_CLAIM, SsoChange.MAX_CLAIM_VALUE);

	}

	static SsoForm of(SsoConnectionView view) {
		SsoForm form = new SsoForm();
		form.issuer = view.issuer();
		form.clientId = view.clientId();
		form.enabled = view.enabled();
		form.requireSso = view.requireSso();
		form.joinOnFirstSignIn = view.joinOnFirstSignIn();
		form.adminClaim = view.adminClaim();
		form.adminClaimValue = view.adminClaimValue();
		return form;
	}

	SsoChange toChange() {
		return new SsoChange(this.issuer, this.clientId, this.clientSecret, this.enabled, this.requireSso,
				this.joinOnFirstSignIn, this.adminClaim, this.adminClaimValue);
	}

	public String getIssuer() {
		return this.issuer;
	}

	public void setIssuer(String issuer) {
		this.issuer = issuer;
	}

	public String getClientId() {
		return this.clientId;
	}

	public void setClientId(String clientId) {
		this.clientId = clientId;
	}

	public String getClientSecret() {
		return this.clientSecret;
	}

	public void setClientSecret(String clientSecret) {
		this.clientSecret = clientSecret;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public boolean isRequireSso() {
		return this.requireSso;
	}

	public void setRequireSso(boolean requireSso) {
		this.requireSso = requireSso;
	}

	public boolean isJoinOnFirstSignIn() {
		return this.joinOnFirstSignIn;
	}

	public void setJoinOnFirstSignIn(boolean joinOnFirstSignIn) {
		this.joinOnFirstSignIn = joinOnFirstSignIn;
	}

	public String getAdminClaim() {
		return this.adminClaim;
	}

	public void setAdminClaim(String adminClaim) {
		this.adminClaim = adminClaim;
	}

	public String getAdminClaimValue() {
		return this.adminClaimValue;
	}

	public void setAdminClaimValue(String adminClaimValue) {
		this.adminClaimValue = adminClaimValue;
	}

}
