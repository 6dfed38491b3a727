-- When the invited person last asked for a fresh link themselves ("Join <company>" from an account
-- whose email is not verified): such a resend happens at most once per invitation per interval.
ALTER TABLE invitation ADD COLUMN invitee_resent_at TIMESTAMP WITH TIME ZONE;
