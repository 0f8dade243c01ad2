-- ledger: latest status per file version, for the flow's discovery step.
select source_file, source_sha256, bytes, status, reason, run_id, issue_id, first_seen_at, updated_at
from ingest_log
order by source_file, first_seen_at
