package dev.accord.business;

import java.time.Instant;
import java.util.UUID;

public record BusinessAccountView(UUID id, String companyName, String country, String postcode, String phone,
		Instant createdAt) {
}
