package dev.accord.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk (Debian package {@code wrk}) as the load generator beside the server, and reads its figures. */
final class Wrk {

	static final String ARGS = "-t2, 5 s warm-up, 15 s measured, at each number of connections";

	private Wrk() {
	}

	static boolean available() {
		return Files.isExecutable(Path.of("/usr/bin/wrk"));
	}

	static String checkIn(String key, int computers) {
		return """
				local n = %d
				request = function()
				  local body = '{"licenseKey":"%s","deviceId":"device-' .. math.random(0, n - 1) .. '"}'
				  return wrk.format("POST", "/api/v1/activations/check-in", {["Content-Type"] = "application/json"}, body)
				end
				""".formatted(computers, key);
	}

	static String activate(String key) {
		return """
				request = function()
				  local body = '{"licenseKey":"%s","deviceId":"new-' .. math.random(1, 1000000000) .. '-'
				    .. math.random(1, 1000000000) .. '","computerName":"Bench PC"}'
				  return wrk.format("POST", "/api/v1/activations", {["Content-Type"] = "application/json"}, body)
				end
				""".formatted(key);
	}

	/** A warm-up run, then the measured one; returns a Markdown table row. */
	static String run(String name, String url, String script, int connections)
			throws IOException, InterruptedException {
		Path lua = null;
		try {
			List<String> command = new ArrayList<>(
					List.of("/usr/bin/wrk", "-t2", "-c" + connections, "--latency"));
			if (script != null) {
				lua = Files.createTempFile("accord-bench", ".lua");
				Files.writeString(lua, script);
				command.addAll(List.of("-s", lua.toString()));
			}
			exec(command, "-d5s", url);
			String output = exec(command, "-d15s", url);
			return String.format(Locale.ROOT, "| %s | %d | %s | %s | %s |", name, connections,
					latency(output, "50%"), latency(output, "99%"), find(output, "Requests/sec:\\s+([0-9.]+)"));
		}
		finally {
			if (lua != null) {
				Files.deleteIfExists(lua);
			}
		}
	}

	private static String exec(List<String> base, String duration, String url) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(base);
		command.add(duration);
		command.add(url);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		if (output.contains("Non-2xx")) {
			throw new IllegalStateException("errors under load:\n" + output);
		}
		return output;
	}

	private static String latency(String output, String percentile) {
		Matcher m = Pattern.compile(percentile + "\\s+([0-9.]+)(us|ms|s)").matcher(output);
		if (!m.find()) {
			return "?";
		}
		double value = Double.parseDouble(m.group(1));
		double ms = switch (m.group(2)) {
			case "us" -> value / 1000;
			case "s" -> value * 1000;
			default -> value;
		};
		return String.format(Locale.ROOT, "%.2f", ms);
	}

	private static String find(String output, String regex) {
		Matcher m = Pattern.compile(regex).matcher(output);
		return m.find() ? String.format(Locale.ROOT, "%.0f", Double.parseDouble(m.group(1))) : "?";
	}

}
