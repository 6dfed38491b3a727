package dev.accord.licensing.web;

import java.util.List;
import java.util.UUID;

import dev.accord.licensing.ComputerAction;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * The Computers page's form: the selected computers, the button pressed ({@code action=deactivate},
 * …) and, for moving, the target key.
 */
record ComputerSelection(@NotEmpty(message = "computers.noneSelected") List<UUID> computer,
		@NotNull(message = "validation.choose") ComputerAction action, UUID target) {
}
