#!/usr/bin/env bash
# Re-create static/vendor/ from the npm registry, pinned to exact versions.
#
# Usage:  static/vendor/fetch.sh [OUTDIR]
#   OUTDIR defaults to the directory this script lives in (static/vendor).
#   Give another directory to reproduce the tree elsewhere and compare it,
#   e.g.  static/vendor/fetch.sh /tmp/vendor-check
#         (cd /tmp/vendor-check && sha256sum -c /path/to/static/vendor/SHA256SUMS)
#
# Needs: bash, npm (any recent version), node, tar, sha256sum.
# Only `npm pack` is used: it downloads the published tarball without
# installing it or running any package scripts.
#
# Each tarball's sha512 is checked against the integrity pinned below (the
# value `npm view <name>@<version> dist.integrity` reports), so a changed or
# re-published tarball is refused. The files are copied byte for byte.
#
# For each library the sub-directory OUTDIR/<dir>/ is replaced as a whole.
# README.md, SHA256SUMS and this script are not touched. After copying, the
# result is checked against SHA256SUMS next to this script, when it exists.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"

# dir | npm spec | dist.integrity | files: "path/in/package[:name-in-dir]" ...
MANIFEST=(
  "vis-timeline|vis-timeline@7.7.4|sha512-JkL1Qf2lkXze7M+NjbUmGrlJtYqCKoP49PQ0GOPIayjj/sXNpTNuIPHkJASZu1SH6XlRBYfU0hev5rRsSErHOQ==|standalone/umd/vis-timeline-graph2d.min.js styles/vis-timeline-graph2d.min.css LICENSE.md LICENSE.Apache-2.0.txt LICENSE.MIT.txt"
  "vis-network|vis-network@9.1.13|sha512-HLeHd5KZS92qzO1kC59qMh1/FWAZxMUEwUWBwDMoj6RKj/Ajkrgy/heEYo0Zc8SZNQ2J+u6omvK2+a28GX1QuQ==|standalone/umd/vis-network.min.js LICENSE-MIT LICENSE-APACHE-2.0"
  "chartjs|chart.js@4.6.1|sha512-hJyniucsFmq//EvXYvJ6c6mahPoI3kaxdjVH8awTaJ/fDNWeSqqqArixMJWkWNN6fcYvPU3HneSANFNYtRi61g==|dist/chart.umd.js LICENSE.md"
  "world-atlas|world-atlas@2.0.2|sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==|countries-50m.json countries-110m.json LICENSE"
)

WORK="$(mktemp -d "${TMPDIR:-/tmp}/vendor-fetch.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

for entry in "${MANIFEST[@]}"; do
  IFS='|' read -r dir spec integrity files <<<"$entry"
  echo ">> $spec -> $dir/"

  pack_dir="$WORK/pack/$dir"
  mkdir -p "$pack_dir"
  tgz_name="$(npm pack "$spec" --pack-destination "$pack_dir" --ignore-scripts --json --loglevel=error \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{process.stdout.write(JSON.parse(s)[0].filename)})')"
  tgz="$pack_dir/$tgz_name"

  got="sha512-$(node -e 'const c=require("crypto"),f=require("fs");process.stdout.write(c.createHash("sha512").update(f.readFileSync(process.argv[1])).digest("base64"))' "$tgz")"
  if [[ "$got" != "$integrity" ]]; then
    echo "!! integrity mismatch for $spec" >&2
    echo "   expected $integrity" >&2
    echo "   got      $got" >&2
    exit 1
  fi

  tar -xzf "$tgz" -C "$pack_dir"          # npm tarballs unpack into package/
  stage="$WORK/stage/$dir"
  mkdir -p "$stage"
  for f in $files; do
    src="${f%%:*}"; name="${f#*:}"; [[ "$f" == *:* ]] || name="$(basename "$src")"
    if [[ ! -f "$pack_dir/package/$src" ]]; then
      echo "!! $spec has no file $src" >&2; exit 1
    fi
    cp "$pack_dir/package/$src" "$stage/$name"
    chmod 0644 "$stage/$name"
  done

  rm -rf "${OUT:?}/$dir"
  mv "$stage" "$OUT/$dir"
done

if [[ -f "$HERE/SHA256SUMS" ]]; then
  echo ">> checking $OUT against $HERE/SHA256SUMS"
  (cd "$OUT" && sha256sum --quiet -c "$HERE/SHA256SUMS")
  echo ">> all files match SHA256SUMS"
fi
echo ">> done: $OUT"
