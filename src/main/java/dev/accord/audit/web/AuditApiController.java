package dev.accord.audit.web;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.accord.account.AccordUser;
import dev.accord.audit.AuditEntry;
import dev.accord.audit.AuditLog;
import dev.accord.audit.AuditPage;
import dev.accord.audit.AuditQuery;
import dev.accord.business.BusinessAccess;
import dev.accord.audit.AuditAction;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/business-accounts/{id}/audit-events} of spec §4, with the Activity page's filters. */
@RestController
@RequestMapping("/api/v1/business-accounts/{id}")
@Tag(name = "Audit")
class AuditApiController {

	private final AuditLog log;

	private final ActivityText text;

	private final BusinessAccess access;

	AuditApiController(AuditLog log, ActivityText text, BusinessAccess access) {
		this.access = access;
		this.log = log;
		this.text = text;
	}

	@GetMapping("/audit-events")
	Page list(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id,
			@RequestParam(required = false) AuditAction action, @RequestParam(required = false) UUID personId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "50") @Min(1) @Max(AuditQuery.MAX_LIMIT) int limit,
			@RequestParam(required = false) String cursor) {
		AuditPage page = this.log.page(id, user.id(), new AuditQuery(action, personId, from, to, cursor, limit));
		return new Page(page.items().stream().map(Event::of).toList(), page.nextCursor());
	}

	@GetMapping("/audit-events.csv")
	void export(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id,
			@RequestParam(required = false) AuditAction action, @RequestParam(required = false) UUID personId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Locale locale, HttpServletResponse response) throws IOException {
		AuditQuery query = new AuditQuery(action, personId, from, to, null, AuditQuery.MAX_LIMIT);
		this.access.administrator(id, user.id());
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"audit-events.csv\"");
		Writer out = response.getWriter();
		AuditCsv csv = new AuditCsv(this.text, locale);
		out.write(AuditCsv.HEADER);
		this.log.forEach(id, user.id(), query, (entry) -> csv.write(out, entry));
		out.flush();
	}

	record Page(java.util.List<Event> items, String nextCursor) {
	}

	record Actor(String type, String id, String name) {
	}

	record Event(long id, Instant at, Actor actor, AuditAction action, String objectType, String objectId,
			String objectLabel, Map<String, Object> before, Map<String, Object> after, String ip) {

		static Event of(AuditEntry e) {
			return new Event(e.id(), e.at(), new Actor(e.actor().type().name(), e.actor().id(), e.actorName()),
					e.action(), e.objectType(), e.objectId(), e.objectLabel(), e.before(), e.after(), e.ip());
		}

	}

}
