-- delivery_contents: the bytes of the files the given issues were assembled from, to assemble them again.
select issue_id, source_file, source_sha256, page, content, run_id
from deliveries
where list_contains($issue_ids, issue_id)
order by issue_id, source_file
