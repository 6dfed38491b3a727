package dev.accord.licensing;

import java.util.UUID;

import dev.accord.shared.Actor;

/**
 * An administrator renamed a computer or changed its notes; the notes are {@code ""} when there are none.
 *
 * @param oldName the computer's name before the change
 */
public record ComputerEdited(UUID businessAccountId, Actor actor, UUID computerId, String oldName, String newName,
		String oldNotes, String newNotes) {
}
