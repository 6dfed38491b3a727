package dev.accord.platform;

/** CSV cells for exports: quoted, with formula-looking text defused so spreadsheets show it as text. */
public final class Csv {

	private Csv() {
	}

	public static String cell(String value) {
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
