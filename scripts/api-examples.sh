#!/usr/bin/env bash
# Runs the curl examples of docs/api.md (the block between the api-examples markers) against a
# running hub, each command echoed, stopping at the first failure:
#   BASE=http://127.0.0.1:8080 ADMIN_PASSWORD=… scripts/api-examples.sh
set -euo pipefail
cd "$(dirname "$0")/.."
block=$(sed -n '/<!-- api-examples:start -->/,/<!-- api-examples:end -->/p' docs/api.md | sed '1,2d;$d' | sed '$d')
workdir=$(mktemp -d)
trap 'rm -rf "$workdir"' EXIT
cd "$workdir"
bash -euo pipefail -x -c "$block"
echo "api-examples: every example ran"
