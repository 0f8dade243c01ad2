"""prefect.yaml describes the same nightly deployment `baozhi serve` serves."""

from pathlib import Path

import yaml

from baozhi.settings import load

REPO = Path(__file__).resolve().parents[2]


def test_prefect_yaml_deploys_nightly_on_the_default_schedule_without_overlap():
    doc = yaml.safe_load((REPO / "prefect.yaml").read_text(encoding="utf-8"))
    (dep,) = doc["deployments"]
    defaults = load(environ={})
    assert dep["name"] == "nightly" and dep["concurrency_limit"] == 1
    assert dep["schedules"][0]["cron"] == defaults.cron
    assert dep["schedules"][0]["timezone"] == defaults.timezone
    module, flow_name = dep["entrypoint"].split(":")
    assert (REPO / module).exists() and flow_name == "nightly"
    assert f"def {flow_name}(" in (REPO / module).read_text(encoding="utf-8")
