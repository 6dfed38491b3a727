package dev.accord.licensing.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import dev.accord.account.AccordUser;
import dev.accord.business.BusinessAccess;
import dev.accord.business.BusinessAccountService;
import dev.accord.licensing.ComputerAction;
import dev.accord.licensing.ComputerActions;
import dev.accord.licensing.ComputerService;
import dev.accord.licensing.ComputerStatus;
import dev.accord.licensing.KeyView;
import dev.accord.licensing.LicensingService;
import dev.accord.licensing.NoSeatsAvailableException;
import dev.accord.platform.Confirmation;
import dev.accord.platform.FilterChips;
import dev.accord.platform.Pager;
import dev.accord.platform.ValidationException;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxViewResolver;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registered computers of a key: columns to choose, selected rows to act on, CSV export, edit.
 * Deactivate and Blacklist ask first: without {@code confirmed=true} nothing changes and the
 * answer says how many computers the action takes.
 */
@Controller
class ComputersPagesController {

	static final List<String> COLUMNS = List.of("serialNumber", "macAddress", "ipAddress", "activatedAt",
			"lastCheckInAt", "status", "notes");

	static final int PAGE_SIZE = 50;

	private final ComputerService computers;

	private final ComputerActions actions;

	private final LicensingService licensing;

	private final BusinessAccess access;

	private final BusinessAccountService businesses;

	ComputersPagesController(ComputerService computers, ComputerActions actions, LicensingService licensing,
			BusinessAccess access, BusinessAccountService businesses) {
		this.computers = computers;
		this.actions = actions;
		this.licensing = licensing;
		this.access = access;
		this.businesses = businesses;
	}

	@GetMapping("/business/{id}/license-keys/{kid}/computers")
	String list(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID kid,
			@RequestParam(required = false) List<String> cols, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) List<ComputerStatus> status, Model model) {
		Set<ComputerStatus> statuses = ComputerStatus.orDefault(status);
		KeyView key = this.licensing.key(id, user.id(), kid);
		model.addAttribute("membership", this.access.member(id, user.id()));
		model.addAttribute("business", this.businesses.get(id, user.id()));
		model.addAttribute("key", key);
		ComputerService.Page page = this.computers.computers(id, user.id(), kid, statuses, cursor, PAGE_SIZE);
		boolean filtered = !statuses.equals(ComputerStatus.listedByDefault());
		List<String> chosenColumns = (cols == null) ? List.of() : cols.stream().filter(COLUMNS::contains).toList();
		FilterChips links = FilterChips.at("/business/" + id + "/license-keys/" + kid + "/computers")
			.choice("status", "computers.chip.status", filtered ? statuses.stream().sorted().map(Enum::name).toList() : List.of(),
					statuses.stream().sorted().map((st) -> "computers.status." + st).toList())
			.keep("cols", chosenColumns.toArray());
		model.addAttribute("page", page);
		model.addAttribute("filters", links);
		model.addAttribute("pager", Pager.of(page.offset(), page.items().size(), page.previousCursor(),
				page.nextCursor(), this.computers.count(id, user.id(), kid, statuses), links, "cursor"));
		model.addAttribute("statuses", ComputerStatus.values());
		model.addAttribute("chosenStatuses", statuses);
		model.addAttribute("filtered", filtered);
		model.addAttribute("columns", COLUMNS);
		model.addAttribute("shown", chosenColumns.isEmpty() ? Set.copyOf(COLUMNS) : Set.copyOf(chosenColumns));
		model.addAttribute("targets", this.licensing.keys(id, user.id())
			.stream()
			.filter((k) -> k.subscriptionId().equals(key.subscriptionId()) && !k.id().equals(kid))
			.toList());
		return "licensing/computers";
	}

	@GetMapping(path = "/business/{id}/license-keys/{kid}/computers.csv")
	@ResponseBody
	ResponseEntity<String> export(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id,
			@PathVariable UUID kid, @RequestParam(required = false) List<ComputerStatus> status) {
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"computers.csv\"")
			.contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
			.body(ComputersCsv.write(this.computers.all(id, user.id(), kid, ComputerStatus.orDefault(status))));
	}

	@PostMapping("/business/{id}/license-keys/{kid}/computers/action")
	String act(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID kid,
			@Valid ComputerSelection selection, BindingResult binding,
			@RequestParam(defaultValue = "false") boolean confirmed, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = FormErrors.of(binding, Map.of());
		if (!errors.isEmpty()) {
			redirect.addFlashAttribute("computersError", Stream.of("computer", "action", "target")
				.filter(errors::containsKey)
				.map(errors::get)
				.findFirst()
				.orElseThrow());
			return back(id, kid, htmx);
		}
		if (!confirmed && ASKS_FIRST.contains(selection.action())) {
			return ask(user, id, kid, selection, htmx, model);
		}
		try {
			this.actions.apply(id, user.id(), kid, selection.computer(), selection.action(), selection.target());
			redirect.addFlashAttribute("notice", selection.action().doneMessageKey());
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("computersError", ex.fieldErrors().values().iterator().next());
		}
		catch (NoSeatsAvailableException ex) {
			redirect.addFlashAttribute("computersError", ex.messageKey());
		}
		return back(id, kid, htmx);
	}

	private static final Set<ComputerAction> ASKS_FIRST = Set.of(ComputerAction.DEACTIVATE, ComputerAction.BLACKLIST);

	/** Deactivate or Blacklist, not yet confirmed: how many computers it takes; nothing changes. */
	private String ask(AccordUser user, UUID id, UUID kid, ComputerSelection selection, HtmxRequest htmx,
			Model model) {
		KeyView key = this.licensing.key(id, user.id(), kid);
		model.addAttribute("membership", this.access.member(id, user.id()));
		model.addAttribute("business", this.businesses.get(id, user.id()));
		Set<UUID> chosen = new java.util.LinkedHashSet<>(selection.computer());
		String what = selection.action().name().toLowerCase(java.util.Locale.ROOT);
		String base = "/business/" + id + "/license-keys/" + kid + "/computers";
		model.addAttribute(Confirmation.ATTRIBUTE,
				Confirmation.of("computers.confirm." + what + ".title", "computers." + what, base + "/action", base)
					.count("computers.confirm." + what, chosen.size(), key.name())
					.field("computer", chosen)
					.field("action", List.of(what)));
		return Confirmation.view(htmx.isHtmxRequest());
	}

	@GetMapping("/business/{id}/license-keys/{kid}/computers/{cid}/edit")
	String editPage(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID kid,
			@PathVariable UUID cid, Model model) {
		return computerPage(user, id, kid, cid, model);
	}

	@PostMapping("/business/{id}/license-keys/{kid}/computers/{cid}")
	String edit(@AuthenticationPrincipal AccordUser user, @PathVariable UUID id, @PathVariable UUID kid,
			@PathVariable UUID cid, ComputerForm form, Model model, RedirectAttributes redirect) {
		try {
			this.computers.edit(id, user.id(), kid, cid, form.computerName(), form.notes());
		}
		catch (ValidationException ex) {
			model.addAttribute("errors", ex.fieldErrors());
			model.addAttribute("typedName", form.computerName());
			model.addAttribute("typedNotes", form.notes());
			return computerPage(user, id, kid, cid, model);
		}
		redirect.addFlashAttribute("notice", "computers.saved");
		return back(id, kid);
	}

	private String computerPage(AccordUser user, UUID id, UUID kid, UUID cid, Model model) {
		KeyView key = this.licensing.key(id, user.id(), kid);
		model.addAttribute("computer", this.computers.view(id, user.id(), kid, cid));
		model.addAttribute("membership", this.access.member(id, user.id()));
		model.addAttribute("business", this.businesses.get(id, user.id()));
		model.addAttribute("key", key);
		return "licensing/computer";
	}

	private static String back(UUID id, UUID kid) {
		return "redirect:/business/" + id + "/license-keys/" + kid + "/computers";
	}

	/** Back to the list: {@code HX-Redirect} for htmx (its XHR would follow a 302 into the dialog). */
	private static String back(UUID id, UUID kid, HtmxRequest htmx) {
		String path = "/business/" + id + "/license-keys/" + kid + "/computers";
		return (htmx.isHtmxRequest() ? HtmxViewResolver.REDIRECT_URL_PREFIX : "redirect:") + path;
	}

}
