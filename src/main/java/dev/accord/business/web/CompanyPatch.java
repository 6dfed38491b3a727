package dev.accord.business.web;

import dev.accord.business.BusinessAccountView;
import dev.accord.business.CompanyInfo;
import dev.accord.platform.SingleLine;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A partial change of company information over the API: absent fields stay as they are. */
record CompanyPatch(@Size(min = 1, max = 200, message = "{validation.tooLong}") @Pattern(regexp = ".*\\S.*",
		message = "{validation.required}") @SingleLine String companyName,
		@IsoCountry String country,
		@Size(min = 1, max = 20, message = "{validation.tooLong}") @Pattern(regexp = "[\\p{L}\\p{N} -]*\\S[\\p{L}\\p{N} -]*",
				message = "{validation.postcode}") String postcode,
		@Size(max = 30, message = "{validation.tooLong}") @Pattern(regexp = "\\+?[0-9][0-9 ()./-]{3,28}[0-9]",
				message = "{validation.phone}") String phone) {

	CompanyInfo applyTo(BusinessAccountView current) {
		return new CompanyInfo((this.companyName != null) ? this.companyName : current.companyName(),
				(this.country != null) ? this.country : current.country(),
				(this.postcode != null) ? this.postcode : current.postcode(),
				(this.phone != null) ? this.phone : current.phone());
	}

}
