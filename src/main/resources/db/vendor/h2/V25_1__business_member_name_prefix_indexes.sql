-- H2 has no pattern operator classes or expression indexes (see V10); its name searches filter the
-- rows of the (business_account_id, email) index. Kept so that both databases share one version sequence.
SELECT 1;
