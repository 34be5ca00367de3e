#!/usr/bin/env bash
# End-to-end benchmark of the release binary on real news (PolNeAR train),
# as issue #6 specifies. Prints a Markdown table of medians of $RUNS runs.
#
#   benches/run.sh                     # corpus from ../shared/corpus/polnear/train
#   TRAIN=path/to/txt RUNS=5 benches/run.sh
#
# The corpus is the train articles concatenated and repeated to 100 MB, once
# as one file and once as 20,000 files; nothing in it is generated prose.
set -euo pipefail
cd "$(dirname "$0")/.."
TRAIN=${TRAIN:-../shared/corpus/polnear/train}
WORK=${WORK:-target/bench}
RUNS=${RUNS:-5}
SIZE=$((100 * 1000 * 1000))

cargo build --release --quiet
BIN=target/release/attrib
mkdir -p "$WORK"

if [ ! -s "$WORK/train.txt" ]; then
  cat "$TRAIN"/*.txt > "$WORK/train.txt"
fi
if [ ! -s "$WORK/news-100mb.txt" ]; then
  : > "$WORK/news-100mb.txt"
  while [ "$(stat -c %s "$WORK/news-100mb.txt")" -lt "$SIZE" ]; do cat "$WORK/train.txt" >> "$WORK/news-100mb.txt"; done
  head -c "$SIZE" "$WORK/news-100mb.txt" > "$WORK/tmp" && mv "$WORK/tmp" "$WORK/news-100mb.txt"
  head -c $((SIZE / 10)) "$WORK/news-100mb.txt" > "$WORK/news-10mb.txt"
fi
if [ ! -d "$WORK/files" ]; then
  mkdir -p "$WORK/files"
  mapfile -t articles < <(ls "$TRAIN"/*.txt)
  n=${#articles[@]}
  # 20,000 files, one train article each, cycling through the split
  for i in $(seq 0 19999); do
    cp "${articles[$((i % n))]}" "$WORK/files/$(printf '%05d' "$i").txt"
  done
fi
files_mb=$(du -sb "$WORK/files" | awk '{printf "%.1f", $1 / 1e6}')

# median wall seconds (clock read in nanoseconds) and median peak RSS (KB,
# from /usr/bin/time) of a command over $RUNS runs
measure() {
  local times=() rss=()
  for _ in $(seq "$RUNS"); do
    local start end
    start=$(date +%s%N)
    # output to a file, not /dev/null: GNU grep stops at the first match
    # when it sees its output is /dev/null
    /usr/bin/time -f '%M' -o "$WORK/time" "$@" > "$WORK/out" 2>/dev/null || true
    end=$(date +%s%N)
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", (b - a) / 1e9 }')")
    rss+=("$(tail -n 1 "$WORK/time")")
  done
  local mt mr
  mt=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  mr=$(printf '%s\n' "${rss[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$mt $mr"
}
rate() { awk -v mb="$1" -v s="$2" 'BEGIN { printf "%.1f", mb / s }'; }

echo "| measurement | median time | throughput | peak RSS |"
echo "|---|---|---|---|"
read -r t m < <(measure "$BIN" check --threads 1 --format jsonl "$WORK/news-100mb.txt")
one_thread=$t
echo "| check, 1 thread, one 100 MB file | ${t} s | $(rate 100 "$t") MB/s | $((m / 1024)) MB |"
read -r t m < <(measure "$BIN" check --format jsonl "$WORK/news-100mb.txt")
echo "| check, all cores, one 100 MB file | ${t} s | $(rate 100 "$t") MB/s | $((m / 1024)) MB |"
read -r t m < <(measure "$BIN" check --threads 1 --format jsonl "$WORK/files")
echo "| check, 1 thread, 20,000 files (${files_mb} MB) | ${t} s | $(rate "$files_mb" "$t") MB/s, $(rate 20000 "$t") articles/s | $((m / 1024)) MB |"
read -r t m < <(measure "$BIN" check --format jsonl "$WORK/files")
echo "| check, all cores, 20,000 files | ${t} s | $(rate "$files_mb" "$t") MB/s, $(rate 20000 "$t") articles/s | $((m / 1024)) MB |"
read -r t m < <(measure "$BIN" check --threads 1 --format jsonl "$WORK/news-10mb.txt")
echo "| check, 1 thread, first 10 MB (linearity) | ${t} s | $(rate 10 "$t") MB/s | $((m / 1024)) MB |"
read -r t m < <(measure grep -c -w said "$WORK/news-100mb.txt")
echo "| grep -c -w said, 100 MB (floor reference) | ${t} s | $(rate 100 "$t") MB/s | $((m / 1024)) MB |"
read -r t m < <(measure wc -w "$WORK/news-100mb.txt")
wc_time=$t
echo "| wc -w, 100 MB (floor reference) | ${t} s | $(rate 100 "$t") MB/s | $((m / 1024)) MB |"
head -c 600 "$WORK/train.txt" > "$WORK/draft.txt"
read -r t m < <(RUNS=21 measure "$BIN" check "$WORK/draft.txt")
echo "| start-up: check on a one-paragraph draft (21 runs) | ${t} s | | $((m / 1024)) MB |"
echo
awk -v a="$one_thread" -v w="$wc_time" 'BEGIN { printf "check (1 thread) / wc -w on the same 100 MB: %.1fx\n", a / w }'
