package dev.accord.account.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import dev.accord.account.AccordUser;
import dev.accord.account.PersonalDataExport;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Security Settings → Your data: the person's data as a JSON file to save. */
@Controller
class DataExportController {

	private final PersonalDataExport export;

	private final Clock clock;

	DataExportController(PersonalDataExport export, Clock clock) {
		this.export = export;
		this.clock = clock;
	}

	@GetMapping(path = "/security/export", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> download(@AuthenticationPrincipal AccordUser user, HttpSession session) {
		String name = "accord-data-" + LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC) + ".json";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.export.export(user.id(), session.getId()));
	}

}
