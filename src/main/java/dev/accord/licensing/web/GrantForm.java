package dev.accord.licensing.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** Grant License Administrator rights: the member picked, and the search that found them. */
record GrantForm(@NotNull(message = "validation.choose") UUID userId, String q) {
}
