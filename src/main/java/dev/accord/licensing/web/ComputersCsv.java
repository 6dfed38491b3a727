package dev.accord.licensing.web;

import java.util.List;

import dev.accord.licensing.ComputerView;
import dev.accord.platform.Csv;

/** Export to CSV: one row per computer, fields quoted, formula-looking cells defused. */
final class ComputersCsv {

	private ComputersCsv() {
	}

	static String write(List<ComputerView> computers) {
		StringBuilder csv = new StringBuilder(
				"computerName,serialNumber,macAddress,ipAddress,status,activatedAt,lastCheckInAt,notes,deviceId\r\n");
		for (ComputerView c : computers) {
			csv.append(String.join(",", Csv.cell(c.computerName()), Csv.cell(c.serialNumber()), Csv.cell(c.macAddress()),
					Csv.cell(c.ipAddress()), Csv.cell(c.status()), Csv.cell(String.valueOf(c.activatedAt())),
					Csv.cell((c.lastCheckInAt() != null) ? c.lastCheckInAt().toString() : ""), Csv.cell(c.notes()),
					Csv.cell(c.deviceId())))
				.append("\r\n");
		}
		return csv.toString();
	}

}
