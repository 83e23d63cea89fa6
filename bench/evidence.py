"""Evidence package throughput: ``export evidence`` and ``verify-package`` against the floor of
the same work done by standard tools (``sha256sum`` over the originals, then ``zip -0`` of them).

    .venv/bin/python bench/evidence.py                 # 8 originals of 64 MiB (512 MiB)
    .venv/bin/python bench/evidence.py --files 4 --mib 16

Originals are random bytes, taken in through ``habeas.services.ingest`` (they are kept, as
unreadable documents, with custody rows). Each step runs once; the peak memory of the Python
process's allocations (tracemalloc) shows that originals are streamed, not held. Figures are
printed, never asserted; the machine's load is printed with them.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import tempfile
import time
import tracemalloc
from pathlib import Path

from nacl.signing import SigningKey

from habeas import services
from habeas.config import LOCAL_OWNER, Settings
from habeas.custody import package as evidence
from habeas.services import Caller, custody, intake


def timed(step: str, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    tracemalloc.start()
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    seconds = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return result, seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=8)
    parser.add_argument("--mib", type=int, default=64)
    args = parser.parse_args()
    total_mib = args.files * args.mib
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        folder = base / "originals"
        folder.mkdir()
        for i in range(args.files):
            with (folder / f"original-{i:02d}.bin").open("wb") as fh:
                for _ in range(args.mib):
                    fh.write(os.urandom(1024 * 1024))
        store = services.open_store(Settings(store=base / "store", workers=1))
        intake.ingest(Caller(store), [folder], intake.default_intake(None, "bench", "C", "bench", LOCAL_OWNER))
        key = SigningKey.generate()
        package = base / "package.zip"
        rows = []
        _, export_s, export_peak = timed("export", custody.export_evidence, store, package, key, actor=LOCAL_OWNER)
        result, verify_s, verify_peak = timed("verify", evidence.verify_package, package, key.verify_key)
        assert result["ok"], result["problems"]
        rows.append(("habeas export evidence", export_s, export_peak))
        rows.append(("habeas verify-package", verify_s, verify_peak))
        store.close()

        files = sorted(str(p) for p in folder.iterdir())
        start = time.perf_counter()
        subprocess.run(["sha256sum", *files], check=True, capture_output=True)
        subprocess.run(["zip", "-0", "-q", "-j", str(base / "floor.zip"), *files], check=True)
        floor_export = time.perf_counter() - start
        start = time.perf_counter()
        subprocess.run(["unzip", "-q", "-t", str(base / "floor.zip")], check=True, capture_output=True)
        subprocess.run(["sha256sum", *files], check=True, capture_output=True)
        floor_verify = time.perf_counter() - start

    print(f"{args.files} originals of {args.mib} MiB ({total_mib} MiB); load: {os.getloadavg()}")
    print(f"{'step':<40} {'seconds':>8} {'MiB/s':>8} {'peak Python MiB':>16}")
    for name, seconds, peak in rows:
        print(f"{name:<40} {seconds:>8.2f} {total_mib / seconds:>8.1f} {peak / 2**20:>16.1f}")
    for name, seconds in (
        ("floor: sha256sum + zip -0", floor_export),
        ("floor: unzip -t (CRC) + sha256sum", floor_verify),
    ):
        print(f"{name:<40} {seconds:>8.2f} {total_mib / seconds:>8.1f} {'':>16}")


if __name__ == "__main__":
    main()
