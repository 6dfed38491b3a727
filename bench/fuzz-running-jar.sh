#!/usr/bin/env bash
# Fuzzes the packaged portal as it runs in production: starts target/accord-*.jar on an H2 file
# database in a temporary folder, on a free port, in mailbox mode; sends the suite's seeded,
# mutated API requests and form posts (bench/java/dev/accord/bench/FuzzRunningJar.java) plus raw
# requests no Java client can send (curl); stops the jar. Exits 1 on any 5xx, or any /api/ error
# that is not problem+json with a code. See docs/fuzzing.md.
#
#   ./mvnw -q -DskipTests package && bench/fuzz-running-jar.sh [seed] [requests] [form posts]
set -euo pipefail
cd "$(dirname "$0")/.."
SEED="${1:-$RANDOM$RANDOM}"
REQUESTS="${2:-2000}"
FORMS="${3:-600}"
JAR="$(ls target/accord-*.jar | head -1)"
RUN="$(mktemp -d "${TMPDIR:-/tmp}/accord-fuzz-XXXXXX")"
PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
BASE="http://localhost:$PORT"
OPERATOR="fuzz-operator@example.com"

java -jar "$JAR" --server.port="$PORT" --accord.operators="$OPERATOR" \
  --spring.datasource.url="jdbc:h2:file:$RUN/data/accord;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
  > "$RUN/portal.log" 2>&1 &
PORTAL=$!
trap 'kill "$PORTAL" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "$BASE/actuator/health/liveness" > /dev/null 2>&1 && break
  sleep 1
done
echo "portal: $JAR on $BASE, data and log in $RUN"

status=0
./mvnw -q -o -Pbench test-compile exec:java -Dbench=FuzzRunningJar -Dfuzz.baseUrl="$BASE" \
  -Dfuzz.operator="$OPERATOR" -Dfuzz.seed="$SEED" -Dfuzz.requests="$REQUESTS" -Dfuzz.forms="$FORMS" || status=1

# Raw requests: characters Tomcat refuses in a URL, a request line too long, control characters
# in a header, TRACE and unknown methods, encoded slashes and dots; each must be a 4xx, and under
# /api/ problem+json with a code.
declare -A raw=()
check() { # method path [curl options...]
  local method="$1" path="$2"; shift 2
  local answer code type
  answer="$(curl -s -g -o "$RUN/body" -w '%{http_code} %{content_type}' -X "$method" "$@" "$BASE$path" || echo "000 none")"
  code="${answer%% *}"; type="${answer#* }"
  raw[$code]=$(( ${raw[$code]:-0} + 1 ))
  if [[ "$code" -ge 500 || "$code" == 000 ]] \
      || { [[ "$path" == /api/* && "$code" -ge 400 ]] && { [[ "$type" != application/problem+json* ]] || ! grep -q '"code"' "$RUN/body"; }; }; then
    echo "BROKEN: $method $path $* -> $answer $(head -c 200 "$RUN/body")"; status=1
  fi
}
long="$(printf 'x%.0s' $(seq 1 20000))"
for base in /api/v1/me /api/v1/business-accounts /signin /dashboard; do
  check GET "$base?x[0]=1"
  check GET "$base?a=<script>"
  check GET "$base?q=$long"
  check GET "$base" -H $'X-Odd: \x01\x02'
  check GET "$base" -H 'Accept: garbage;;;'
  check TRACE "$base"
  check FOO "$base"
  check GET "${base}%2F..%2Fsecret"
  check GET "${base}/%2e%2e/x"
  check GET "${base};jsessionid=1"
  check POST "$base" -H 'Content-Type: */*' --data-binary 'x'
  check POST "$base" -H 'Content-Type: application/x-www-form-urlencoded' --data-binary "@$JAR"
done
echo "raw requests by status: $(for k in "${!raw[@]}"; do echo -n "$k=${raw[$k]} "; done)"
echo "portal log errors: $(grep -c ' ERROR ' "$RUN/portal.log" || true)"
exit $status
