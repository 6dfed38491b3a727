package dev.accord.licensing.web;

/** The Edit computer form: a new name and notes ({@code null}: left as they are). */
record ComputerForm(String computerName, String notes) {
}
