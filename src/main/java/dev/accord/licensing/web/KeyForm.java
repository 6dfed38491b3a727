package dev.accord.licensing.web;

/** The key page's General form: a new name and limit ({@code null}: left as they are). */
record KeyForm(String name, Integer limit) {
}
