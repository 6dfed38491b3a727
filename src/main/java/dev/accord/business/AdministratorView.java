package dev.accord.business;

import java.util.UUID;

/** An active Account Administrator, as listed under "Account Admins". */
public record AdministratorView(UUID userId, String name, String email) {
}
