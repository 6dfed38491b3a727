package dev.accord.domain;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Looks up the {@code accord-verification=} TXT records of a name with dnsjava, asking the servers
 * of {@code accord.domains.dns.servers} (or the system's resolver), without a cache: a check sees
 * what is published now.
 */
@Component
class DnsTxtLookup {

	private static final Logger log = LoggerFactory.getLogger(DnsTxtLookup.class);

	private final Resolver resolver;

	DnsTxtLookup(DomainsSettings settings) {
		this.resolver = resolver(settings.dns());
	}

	/** What the name's records say about this expected value. */
	CheckResult check(String name, String expectedValue) {
		List<String> values;
		try {
			values = verificationValues(name);
		}
		catch (IOException ex) {
			log.info("DNS look-up of {} failed: {}", name, ex.getMessage());
			return CheckResult.LOOKUP_FAILED;
		}
		if (values == null) {
			return CheckResult.LOOKUP_FAILED;
		}
		if (values.contains(expectedValue)) {
			return CheckResult.FOUND;
		}
		return values.isEmpty() ? CheckResult.NO_RECORD : CheckResult.WRONG_RECORD;
	}

	/** The verification values published at the name; null when the server answered with an error. */
	private List<String> verificationValues(String name) throws IOException {
		Message query;
		try {
			query = Message.newQuery(Record.newRecord(Name.fromString(name, Name.root), Type.TXT, DClass.IN));
		}
		catch (TextParseException ex) {
			return List.of();
		}
		Message answer = this.resolver.send(query);
		int rcode = answer.getRcode();
		if (rcode == Rcode.NXDOMAIN) {
			return List.of();
		}
		if (rcode != Rcode.NOERROR) {
			return null;
		}
		List<String> values = new ArrayList<>();
		for (Record record : answer.getSection(Section.ANSWER)) {
			if (record instanceof TXTRecord txt) {
				// A long value may be split into several strings of one record: they read as one.
				String value = String.join("", txt.getStrings()).trim();
				if (value.startsWith(DomainView.RECORD_PREFIX)) {
					values.add(value);
				}
			}
		}
		return values;
	}

	private static Resolver resolver(DomainsSettings.Dns dns) {
		Resolver resolver;
		if (dns.servers().isEmpty()) {
			resolver = new ExtendedResolver();
		}
		else {
			List<Resolver> servers = new ArrayList<>();
			for (String server : dns.servers()) {
				servers.add(simple(server.trim()));
			}
			resolver = (servers.size() == 1) ? servers.get(0) : new ExtendedResolver(servers);
		}
		resolver.setTimeout(dns.timeout());
		return resolver;
	}

	private static SimpleResolver simple(String server) {
		int colon = server.lastIndexOf(':');
		boolean hasPort = colon > 0 && server.indexOf(':') == colon;
		String host = hasPort ? server.substring(0, colon) : server;
		int port = hasPort ? Integer.parseInt(server.substring(colon + 1)) : SimpleResolver.DEFAULT_PORT;
		return new SimpleResolver(new InetSocketAddress(host, port));
	}

}
