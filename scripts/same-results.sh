#!/usr/bin/env bash
# Results documents of two trees on the same inputs, diffed with timing stripped.
#   scripts/same-results.sh OLD_TREE NEW_TREE WORK_DIR [CASE...]
# A case is CONFIG:WORKERS[:SHARDS] (relative to WORK_DIR/inputs). Each tree runs
# its own CLI (npx tsx src/cli.ts) on its own copy of the inputs (caches apart).
# Stripped before the diff: timing, retrain run seconds and `cached`
# (not deterministic, as the results schema says). SIDES=old (or new) runs one side only, SIDES=diff only diffs.
set -euo pipefail
old=$(realpath "$1"); new=$(realpath "$2"); work=$(realpath -m "$3"); shift 3
mkdir -p "$work"
if [ ! -d "$work/inputs" ]; then
  mkdir -p "$work/inputs"
  cp -r "$old/examples" "$work/inputs/examples"
  (cd "$old" && "$old/node_modules/.bin/tsx" "$new/scripts/same-results-gen.ts" "$work/inputs" >/dev/null)
fi
strip() {
  # Key order kept: byte-identical means the same keys in the same order too.
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    delete r.timing;
    const runs = (list) => list.forEach((run) => { delete run.ms; delete run.trainMs; delete run.cached; });
    if (r.retrain) runs(r.retrain.baseline.runs);
    for (const c of r.components) if (c.retrain) runs(c.retrain.runs);
    process.stdout.write(JSON.stringify(r, null, 2));' "$1"
}
status=0
for case in "$@"; do
  IFS=: read -r config workers shards <<<"$case"
  tag=$(echo "$config-w$workers-s${shards:-1}" | tr '/' '_')
  for side in ${SIDES:-old new}; do
    [ "$side" = diff ] && continue
    tree=${!side}
    dir="$work/$side"; [ -d "$dir" ] || cp -r "$work/inputs" "$dir"
    out="$work/out/$side/$tag.json"; mkdir -p "$(dirname "$out")"
    if [ -s "$out" ]; then continue; fi
    if [ -z "$shards" ]; then
      (cd "$dir" && "$tree/node_modules/.bin/tsx" "$tree/src/cli.ts" run --config "$config" --workers "$workers" \
        --no-cache --out "$out" >/dev/null 2>"$out.err") || true
    else
      parts=()
      for i in $(seq 1 "$shards"); do
        part="$work/out/$side/$tag.part$i.json"
        (cd "$dir" && "$tree/node_modules/.bin/tsx" "$tree/src/cli.ts" run --config "$config" --workers "$workers" \
          --no-cache --shard "$i/$shards" --out "$part" >/dev/null 2>"$part.err") || true
        parts+=("$part")
      done
      (cd "$dir" && "$tree/node_modules/.bin/tsx" "$tree/src/cli.ts" merge "${parts[@]}" --out "$out" >/dev/null 2>"$out.err") || true
    fi
  done
  [ -n "${SIDES:-}" ] && [ "$SIDES" != diff ] && continue
  if [ ! -s "$work/out/old/$tag.json" ] || [ ! -s "$work/out/new/$tag.json" ]; then
    echo "MISSING   $tag (see $work/out/*/$tag*.err)"; status=1; continue
  fi
  if cmp -s <(strip "$work/out/old/$tag.json") <(strip "$work/out/new/$tag.json"); then
    echo "same      $tag"
  else
    echo "DIFFERENT $tag"; status=1
    diff <(strip "$work/out/old/$tag.json") <(strip "$work/out/new/$tag.json") | head -20 || true
  fi
done
exit $status
