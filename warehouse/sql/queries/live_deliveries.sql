-- live_deliveries: the files every live issue was assembled from (no bytes), for the night's plan.
select issue_id, source_file, source_sha256, page
from deliveries
order by issue_id, source_file
