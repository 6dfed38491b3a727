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
	@Size(max = 200, message = "{validation.tooLong}")
	@SingleLine
	private String companyName;

	@NotBlank(message = "{validation.required}")
	@IsoCountry
	private String country;

	@NotBlank(message = "{validation.required}")
	@Size(max = 20, message = "{validation.tooLong}")
	@Pattern(regexp = "[\\p{L}\\p{N} -]*", message = "{validation.postcode}")
	private String postcode;

	@NotBlank(message = "{validation.required}")
	@Size(max = 30, message = "{validation.tooLong}")
	@Pattern(regexp = "\\+?[0-9][0-9 ()./-]{3,28}[0-9]", message = "{validation.phone}")
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
