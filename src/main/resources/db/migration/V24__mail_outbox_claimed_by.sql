-- Dispatchers claim a batch of messages at once; the claim's token says whose claim a message is
-- under, so that a dispatcher reschedules or releases only the messages it claimed itself.
ALTER TABLE mail_outbox ADD COLUMN claimed_by UUID;
