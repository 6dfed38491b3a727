package dev.accord.licensing.web;

import java.util.List;

import dev.accord.licensing.ComputerView;

/** Export to CSV: one row per computer, fields quoted, formula-looking cells defused. */
final class ComputersCsv {

	private ComputersCsv() {
	}

	static String write(List<ComputerView> computers) {
		StringBuilder csv = new StringBuilder(
				"computerName,serialNumber,macAddress,ipAddress,status,activatedAt,lastCheckInAt,notes,deviceId\r\n");
		for (ComputerView c : computers) {
			csv.append(String.join(",", cell(c.computerName()), cell(c.serialNumber()), cell(c.macAddress()),
					cell(c.ipAddress()), cell(c.status()), cell(String.valueOf(c.activatedAt())),
					cell((c.lastCheckInAt() != null) ? c.lastCheckInAt().toString() : ""), cell(c.notes()),
					cell(c.deviceId())))
				.append("\r\n");
		}
		return csv.toString();
	}

	private static String cell(String value) {
		if (value == null) {
			return "";
		}
		String text = value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

}
