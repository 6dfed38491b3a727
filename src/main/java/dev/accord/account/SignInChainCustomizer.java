package dev.accord.account;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Another module's addition to the pages' security chain (single sign-on adds its OIDC login), so
 * that account need not depend on it.
 */
public interface SignInChainCustomizer {

	void customize(HttpSecurity http) throws Exception;

}
