package dev.accord.business.web;

import dev.accord.business.BusinessAccountView;
import dev.accord.business.CompanyInfo;
import dev.accord.platform.SingleLine;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A partial change of company information over the API, and of "Require two-step verification"
 * ({@code requireTwoStep}): absent fields stay as they are.
 */
record CompanyPatch(
		@Size(min = 1, max = CompanyInfo.MAX_COMPANY_NAME, message = "{validation.tooLong}")
		@Pattern(regexp = ".*\\S.*", message = "{validation.required}") @SingleLine String companyName,
		@IsoCountry String country,
		@Size(min = 1, max = CompanyInfo.MAX_POSTCODE, message = "{validation.tooLong}")
		@Pattern(regexp = CompanyInfo.POSTCODE_PATTERN + "\\S" + CompanyInfo.POSTCODE_PATTERN,
				message = "{validation.postcode}") String postcode,
		@Size(max = CompanyInfo.MAX_PHONE, message = "{validation.tooLong}")
		@Pattern(regexp = CompanyInfo.PHONE_PATTERN, message = "{validation.phone}") String phone,
		Boolean requireTwoStep) {

	CompanyInfo applyTo(BusinessAccountView current) {
		return new CompanyInfo((this.companyName != null) ? this.companyName : current.companyName(),
				(this.country != null) ? this.country : current.country(),
				(this.postcode != null) ? this.postcode : current.postcode(),
				(this.phone != null) ? this.phone : current.phone());
	}

}
