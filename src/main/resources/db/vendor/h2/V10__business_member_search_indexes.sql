-- H2 has no pattern operator classes or expression indexes; its prefix searches use the plain
-- (business_account_id, email) index of V9. Kept so that both databases share one version sequence.
SELECT 1;
