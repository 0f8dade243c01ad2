-- known_issues: the live issues and the file each came from.
select issue_id, paper, issue_date, issue_number, source_file, source_sha256
from issues
order by issue_id
