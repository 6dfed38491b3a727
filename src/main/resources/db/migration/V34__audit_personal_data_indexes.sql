-- "Download my data" reads a person's Activity entries in every business account: those they made
-- and those about them, newest first. The per-account indexes of V13 lead with the account.
CREATE INDEX ix_audit_event_any_actor ON audit_event (actor_id, occurred_at DESC, id DESC);
CREATE INDEX ix_audit_event_any_person ON audit_event (person_id, occurred_at DESC, id DESC);
