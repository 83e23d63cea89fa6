"""FollowTheMoney import and export, and the sanctions cross-reference, against a synthetic list of N
sanctioned people (each with a ``Sanction``), beside the peer: followthemoney itself reading and
checking the same file (``model.get_proxy`` on every line), which any import must at least do.

    .venv/bin/python bench/ftm.py [N]        (default 50,000 people, 100,000 entities)

Prints entities/s for each step and the load average, since the machine is shared.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from followthemoney import model

from habeas import services
from habeas.config import Settings
from habeas.export import ftm
from habeas.services import Caller, exports, intake

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"
SURNAMES = [
    "Wang",
    "Li",
    "Zhang",
    "Liu",
    "Chen",
    "Yang",
    "Zhao",
    "Huang",
    "Zhou",
    "Wu",
    "Xu",
    "Sun",
    "Hu",
    "Zhu",
    "Gao",
    "Lin",
    "He",
    "Guo",
    "Ma",
    "Luo",
]
GIVEN = [
    "Wei",
    "Fang",
    "Na",
    "Min",
    "Jing",
    "Li",
    "Qiang",
    "Lei",
    "Jun",
    "Yang",
    "Yong",
    "Yan",
    "Jie",
    "Tao",
    "Ming",
    "Chao",
    "Xiu",
    "Hua",
    "Ping",
    "Gang",
    "Hai",
    "Quan",
    "Guo",
    "Zheng",
]


def synthetic_list(path: Path, people: int) -> int:
    rng = random.Random(7)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(people):
            name = f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}{rng.choice(GIVEN).lower()}"
            fh.write(
                json.dumps(
                    {
                        "id": f"bench-p{i}",
                        "schema": "Person",
                        "datasets": ["bench"],
                        "properties": {"name": [name], "topics": ["sanction"]},
                    }
                )
                + "\n"
            )
            fh.write(
                json.dumps(
                    {
                        "id": f"bench-s{i}",
                        "schema": "Sanction",
                        "datasets": ["bench"],
                        "properties": {"entity": [f"bench-p{i}"], "authority": ["Bench Authority"]},
                    }
                )
                + "\n"
            )
    return people * 2


def timed(label: str, entities: int, run: Callable[[], object]) -> tuple[str, float, int]:
    began = time.perf_counter()
    run()
    return label, time.perf_counter() - began, entities


def main() -> None:
    people = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        listing = base / "list.ftm.json"
        entities = synthetic_list(listing, people)
        store = services.open_store(Settings(store=base / "store", workers=1))
        intake.ingest(Caller(store, "bench"), [CORPUS], intake.default_intake(None, "bench", "A", "bench", "bench"))
        rows: list[tuple[str, float, int]] = []

        def peer() -> None:
            with listing.open(encoding="utf-8") as fh:
                for line in fh:
                    model.get_proxy(json.loads(line), cleaned=False)

        rows.append(timed("peer: followthemoney reads and checks the file", entities, peer))
        rows.append(
            timed(
                "habeas import ftm (checked, stored in SQLite)",
                entities,
                lambda: exports.import_ftm(Caller(store, "bench"), listing, None),
            )
        )
        out = base / "out.ftm.json"
        exported = sum(1 for _ in ftm.ftm_entities(store))
        rows.append(
            timed(
                "habeas export ftm (case file + imported list)",
                exported,
                lambda: exports.export_ftm(Caller(store), out),
            )
        )
        officials = exports.cross_reference(Caller(store), everyone=True)
        rows.append(
            timed(
                f"habeas officials --sanctions --everyone ({len(officials['officials'])} people x {people:,} listed)",
                people,
                lambda: exports.cross_reference(Caller(store), everyone=True),
            )
        )
        store.close()
        shutil.rmtree(base / "store", ignore_errors=True)
    print(f"load average {os.getloadavg()[0]:.1f} (2-core machine shared with other jobs)")
    print(f"{'step':<75} {'seconds':>8} {'entities/s':>11}")
    for label, seconds, n in rows:
        print(f"{label:<75} {seconds:>8.1f} {n / seconds:>11,.0f}")
    peer_rate = rows[0][2] / rows[0][1]
    import_rate = rows[1][2] / rows[1][1]
    print(f"import / peer: {peer_rate / import_rate:.2f}x the time of followthemoney's own reading")


if __name__ == "__main__":
    main()
