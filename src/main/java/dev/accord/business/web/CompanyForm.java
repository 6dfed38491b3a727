package dev.accord.business.web;

import dev.accord.business.BusinessAccountView;
import dev.accord.business.CompanyInfo;
import dev.accord.platform.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Company Name, Country, Postcode/Zip Code, Business Phone Number, as on every company form. */
public class CompanyForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = CompanyInfo.MAX_COMPANY_NAME, message = "{validation.tooLong}")
	@SingleLine
	private String companyName;

	@NotBlank(message = "{validation.required}")
	@IsoCountry
	private String country;

	@NotBlank(message = "{validation.required}")
	@Size(max = CompanyInfo.MAX_POSTCODE, message = "{validation.tooLong}")
	@Pattern(regexp = CompanyInfo.POSTCODE_PATTERN, message = "{validation.postcode}")
	private String postcode;

	@NotBlank(message = "{validation.required}")
	@Size(max = CompanyInfo.MAX_PHONE, message = "{validation.tooLong}")
	@Pattern(regexp = CompanyInfo.PHONE_PATTERN, message = "{validation.phone}")
	private String phone;

	static CompanyForm of(BusinessAccountView account) {
		CompanyForm form = new CompanyForm();
		form.companyName = account.companyName();
		form.country = account.country();
		form.postcode = account.postcode();
		form.phone = account.phone();
		return form;
	}

	CompanyInfo toCompanyInfo() {
		return new CompanyInfo(this.companyName, this.country, this.postcode, this.phone);
	}

	public String getCompanyName() {
		return this.companyName;
	}

	public void setCompanyName(String companyName) {
		this.companyName = companyName;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getPostcode() {
		return this.postcode;
	}

	public void setPostcode(String postcode) {
		this.postcode = postcode;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

}
