#!/usr/bin/env bash
# Nightly run of jury-e61 for one session: what cron or the systemd timer starts each night.
#
#   jobs/nightly.sh                      # uses the defaults below
#   JURY_INPUT=/srv/e61/input JURY_OUTPUT=/srv/e61/output JURY_STATE=/srv/e61/var jobs/nightly.sh
#
# Exit codes (output.md): 0 completed; 1 failed (run again: it resumes); 2 configuration
# error (nothing written: fix session.properties or the input folder); 3 another run holds the
# same state (this one was refused). The run log goes to $JURY_LOGS/nightly-<date>.log.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
JURY_JAR=${JURY_JAR:-$here/target/jury-e61.jar}
JURY_INPUT=${JURY_INPUT:-$here/input}
JURY_OUTPUT=${JURY_OUTPUT:-$here/out}
JURY_STATE=${JURY_STATE:-$here/var}
JURY_LOGS=${JURY_LOGS:-$JURY_STATE/logs}
JAVA_OPTS=${JAVA_OPTS:--Xmx768m}
# cron and systemd start with LANG=C: the JVM would then read file names as ASCII. The night does
# not depend on it (names are read from their bytes), but the console and the argument paths do.
export LC_ALL=C.UTF-8

mkdir -p "$JURY_LOGS"
log="$JURY_LOGS/nightly-$(date +%Y-%m-%d).log"
echo "== $(date -Is) nightly --input $JURY_INPUT --output $JURY_OUTPUT --state $JURY_STATE" >>"$log"
set +e
# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$JURY_JAR" nightly --input "$JURY_INPUT" --output "$JURY_OUTPUT" --state "$JURY_STATE" \
  >>"$log" 2>&1
code=$?
set -e
echo "== $(date -Is) exit $code" >>"$log"
exit $code
