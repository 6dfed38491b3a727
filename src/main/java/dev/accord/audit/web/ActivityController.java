package dev.accord.audit.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.account.AccountService;
import dev.accord.account.AccountView;
import dev.accord.audit.AuditLog;
import dev.accord.audit.AuditPage;
import dev.accord.audit.AuditQuery;
import dev.accord.business.BusinessAccess;
import dev.accord.business.BusinessAccountService;
import dev.accord.platform.FilterChips;
import dev.accord.platform.Pager;
import dev.accord.audit.AuditAction;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The Activity page: the audit log for Account Administrators, filtered, paged, and exported to CSV. */
@Controller
class ActivityController {

	private static final int PAGE_SIZE = 50;

	/** Filters a person by email; an unknown email matches no entry (and says nothing more). */
	private static final UUID NO_ONE = new UUID(0, 0);

	private final AuditLog log;

	private final BusinessAccess access;

	private final BusinessAccountService businesses;

	private final AccountService accounts;

	private final ActivityText text;

	ActivityController(AuditLog log, BusinessAccess access, BusinessAccountService businesses, AccountService accounts,
			ActivityText text) {
		this.log = log;
		this.access = access;
		this.businesses = businesses;
		this.accounts = accounts;
		this.text = text;
	}

	@GetMapping("/business/{id}/activity")
	String activity(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, ActivityFilter filter,
			@RequestParam(required = false) String cursor, Model model, Locale locale) {
		model.addAttribute("membership", this.access.administrator(id, user.id()));
		model.addAttribute("business", this.businesses.get(id, user.id()));
		AuditQuery query = filter.query(personId(filter.person()), cursor, PAGE_SIZE);
		model.addAttribute("filter", filter);
		model.addAttribute("actions", Arrays.stream(AuditAction.values())
			.map((a) -> new ActionChoice(a.name(), this.text.action(a, locale)))
			.toList());
		model.addAttribute("text", this.text);
		AuditPage entries = (query != null) ? this.log.page(id, user.id(), query)
				: new AuditPage(java.util.List.of(), 0, null, null);
		FilterChips links = links(id, filter, locale);
		model.addAttribute("entries", entries);
		model.addAttribute("filters", links);
		model.addAttribute("pager", Pager.of(entries.offset(), entries.items().size(), entries.previousCursor(),
				entries.nextCursor(), (query != null) ? this.log.count(id, user.id(), query) : 0, links, "cursor"));
		return "audit/activity";
	}

	@GetMapping("/business/{id}/activity.csv")
	void export(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, ActivityFilter filter, Locale locale,
			HttpServletResponse response) throws IOException {
		this.access.administrator(id, user.id());
		AuditQuery query = filter.query(personId(filter.person()), null, AuditQuery.MAX_LIMIT);
		if (query == null) {
			throw new dev.accord.platform.ValidationException(filter.errors());
		}
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"activity.csv\"");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		Writer out = response.getWriter();
		AuditCsv csv = new AuditCsv(this.text, locale);
		out.write(AuditCsv.HEADER);
		this.log.forEach(id, user.id(), query, (entry) -> csv.write(out, entry));
		out.flush();
	}

	/** The Activity page as filtered: one chip per filter, the action shown by its label. */
	private FilterChips links(UUID id, ActivityFilter filter, Locale locale) {
		String action = null;
		if (filter.action() != null) {
			action = Arrays.stream(AuditAction.values())
				.filter((a) -> a.name().equals(filter.action()))
				.findFirst()
				.map((a) -> this.text.action(a, locale))
				.orElse(filter.action());
		}
		FilterChips links = FilterChips.at("/business/" + id + "/activity");
		if (action != null) {
			links.choiceText("action", "audit.filter.action", filter.action(), action);
		}
		return links.text("person", "audit.filter.person", filter.person())
			.text("from", "audit.filter.from", filter.from())
			.text("to", "audit.filter.to", filter.to());
	}

	private UUID personId(String email) {
		if (email == null) {
			return null;
		}
		return this.accounts.findByEmail(email).map(AccountView::id).orElse(NO_ONE);
	}

	/** An action as offered in the filter. */
	record ActionChoice(String value, String label) {
	}

}
