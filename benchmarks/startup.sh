#!/usr/bin/env bash
# Cold start of the imageapis command line: each command is run RUNS times (a new process each time) and the script
# prints, per command, the min and median wall-clock milliseconds and the median CPU milliseconds (user + system; on a
# shared, loaded machine the CPU time moves less than the wall clock). Images go to a temporary folder.
#
#   benchmarks/startup.sh [-n RUNS] [-c Debug|Release] [--dotnet-run] [APP_DIR ...]
#
# Without arguments it times the built app of this checkout, samples/ImageApis.Cli/bin/<config>/net10.0/imageapis
# (build it first). With APP_DIRs (folders holding an imageapis binary, e.g. a copy of bin/Debug/net10.0 made before a
# change) it times each of them, the runs interleaved round-robin so that they share the same machine load.
# --dotnet-run times the README's `dotnet run --project samples/ImageApis.Cli -- ...` instead, which adds the SDK's
# up-to-date check of the whole project graph (`dotnet run --no-build` leaves the check out).
set -euo pipefail

runs=9
config=Debug
dotnet_run=false
apps=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    -c) config="$2"; shift 2 ;;
    --dotnet-run) dotnet_run=true; shift ;;
    -*) echo "usage: $0 [-n RUNS] [-c Debug|Release] [--dotnet-run] [APP_DIR ...]" >&2; exit 2 ;;
    *) apps+=("$(cd "$1" && pwd)"); shift ;;
  esac
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$root/samples/ImageApis.Cli"
if [[ "$dotnet_run" == true ]]; then
  apps=("dotnet run")
elif [[ ${#apps[@]} -eq 0 ]]; then
  apps=("$project/bin/$config/net10.0")
fi
for app in "${apps[@]}"; do
  if [[ "$app" != "dotnet run" && ! -x "$app/imageapis" ]]; then
    echo "no $app/imageapis: run 'dotnet build samples/ImageApis.Cli -c $config' first" >&2
    exit 1
  fi
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# No key: generate runs against the built-in sandbox.
unset IMAGEAPIS_AIRFORCE_API_KEY IMAGEAPIS_ACEDATA_API_KEY IMAGEAPIS_OPENGPU_API_KEY IMAGEAPIS_WONDA_API_KEY
cd "$work"

cli() {
  local app="$1"
  shift
  if [[ "$app" == "dotnet run" ]]; then
    dotnet run --project "$project" -c "$config" -- "$@"
  else
    "$app/imageapis" "$@"
  fi
}

# Times one run; appends "wall_ms cpu_ms" to the file named by $1.
one() {
  local into="$1" app="$2" t
  shift 2
  TIMEFORMAT='%3R %3U %3S'
  { time cli "$app" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }; } 2>"$work/time"
  t=$(tail -1 "$work/time")
  awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' <<<"$t" >>"$into"
}

measure() {
  local label="$1" i app n
  shift
  for app in "${apps[@]}"; do
    cli "$app" "$@" >/dev/null 2>&1 # an unmeasured run first: disk cache, and for dotnet run its first build check
    : >"$work/$(cksum <<<"$app" | cut -d' ' -f1)"
  done
  for ((i = 0; i < runs; i++)); do
    for app in "${apps[@]}"; do
      one "$work/$(cksum <<<"$app" | cut -d' ' -f1)" "$app" "$@"
    done
  done
  for app in "${apps[@]}"; do
    n="$work/$(cksum <<<"$app" | cut -d' ' -f1)"
    printf '%-30s %-50s wall min %5d  median %5d   cpu median %5d\n' "$label" "${app/#$root\//}" \
      "$(cut -d' ' -f1 "$n" | sort -n | head -1)" \
      "$(cut -d' ' -f1 "$n" | sort -n | sed -n "$((runs / 2 + 1))p")" \
      "$(cut -d' ' -f2 "$n" | sort -n | sed -n "$((runs / 2 + 1))p")"
  done
}

echo "imageapis cold start, $runs runs each (ms), load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
measure "generate (sandbox, airforce)" generate --provider airforce --model flux-2-dev --prompt "A sea otter" --param aspect_ratio=16:9 --out "$work/images"
measure "models --provider wonda" models --provider wonda
