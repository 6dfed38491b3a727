package dev.accord.audit.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

import dev.accord.audit.AuditEntry;
import dev.accord.platform.Csv;
import tools.jackson.databind.json.JsonMapper;

/** Audit entries as CSV rows: the raw fields, the entry worded in the viewer's language, before and after as JSON. */
final class AuditCsv {

	static final String HEADER = "at,actorType,actorId,actorName,action,objectType,objectId,objectLabel,entry,before,after,ip\r\n";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ActivityText text;

	private final Locale locale;

	AuditCsv(ActivityText text, Locale locale) {
		this.text = text;
		this.locale = locale;
	}

	void write(Writer out, AuditEntry e) {
		try {
			out.write(String.join(",", Csv.cell(e.at().toString()), Csv.cell(e.actor().type().name()),
					Csv.cell(e.actor().id()), Csv.cell(e.actorName()), Csv.cell(e.action().name()),
					Csv.cell(e.objectType()), Csv.cell(e.objectId()), Csv.cell(e.objectLabel()),
					Csv.cell(this.text.sentence(e, this.locale)), Csv.cell(JSON.writeValueAsString(e.before())),
					Csv.cell(JSON.writeValueAsString(e.after())), Csv.cell(e.ip())));
			out.write("\r\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
