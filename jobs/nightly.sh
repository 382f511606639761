#!/usr/bin/env bash
# Nightly run of jury-e61 for one session: what cron or the systemd timer starts each night.
#
#   jobs/nightly.sh                      # uses the defaults below
#   JURY_INPUT=/srv/e61/input JURY_OUTPUT=/srv/e61/output JURY_STATE=/srv/e61/var jobs/nightly.sh
#   jobs/nightly.sh --nuit-complete      # extra arguments go to `nightly`
#
# Exit codes (output.md): 0 completed; 1 failed (run again: it resumes); 2 configuration
# error (nothing written: fix session.properties or the input folder); 3 another run holds the
# same state (this one was refused). The run log goes to $JURY_LOGS/nightly-<date>.log (and to the
# terminal when there is one).
#
# Start-up: the jar is run extracted (JURY_CACHE/app, redone when the jar changes) with a class-data
# archive (AppCDS, JDK 17's dynamic archive) trained once on a small generated night: the night's
# classes come parsed and verified from it. CDS holds only with the class path it was trained with;
# when the JVM says it cannot use the archive, this script says so and trains it again. JURY_CDS=0
# runs the plain jar.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
JURY_JAR=${JURY_JAR:-$here/target/jury-e61.jar}
JURY_INPUT=${JURY_INPUT:-$here/input}
JURY_OUTPUT=${JURY_OUTPUT:-$here/out}
JURY_STATE=${JURY_STATE:-$here/var}
JURY_LOGS=${JURY_LOGS:-$JURY_STATE/logs}
JURY_CACHE=${JURY_CACHE:-$JURY_STATE/cache-jvm}
JURY_CDS=${JURY_CDS:-1}
# JVM options when JAVA_OPTS is unset (set it, even empty, to replace them). Measured on cold nights
# at N = 300 (README, Performance): the serial collector keeps peak RSS at ~370 MiB where G1 takes
# ~860 MiB, in the same time within the machine's noise (the night's live data is small; on 2 cores
# G1's concurrent threads compete with the analysis). No JIT setting won: C1 only (TieredStopAtLevel=1)
# doubles the analysis, C2 only is slower, raised tier thresholds change nothing measurable.
# No -Xmx: the heap grows as the night needs, within a quarter of the machine's memory.
JAVA_OPTS=${JAVA_OPTS--XX:+UseSerialGC}
# cron and systemd start with LANG=C: the JVM would then read file names as ASCII. The night does
# not depend on it (names are read from their bytes), but the console and the argument paths do.
export LC_ALL=C.UTF-8

mkdir -p "$JURY_LOGS"
log="$JURY_LOGS/nightly-$(date +%Y-%m-%d).log"
say() { echo "$*" >>"$log"; if [ -t 2 ]; then echo "$*" >&2; fi; }

# The extracted jar and its archive, made again whenever the jar is newer than them.
launch=(-jar "$JURY_JAR")
if [ "$JURY_CDS" = 1 ]; then
  app="$JURY_CACHE/app/jury-e61.jar"
  jsa="$JURY_CACHE/jury-e61.jsa"
  if [ ! -f "$app" ] || [ "$JURY_JAR" -nt "$app" ]; then
    rm -rf "$JURY_CACHE"
    mkdir -p "$JURY_CACHE"
    java -Djarmode=tools -jar "$JURY_JAR" extract --destination "$JURY_CACHE/app" >>"$log" 2>&1
    touch "$app"
  fi
  if [ ! -f "$jsa" ]; then
    say "== $(date -Is) archive de classes absente : entraînement sur une petite nuit générée (une fois)"
    train=$(mktemp -d)
    if java -jar "$app" generate-sample --output "$train/input" --candidats 12 >>"$log" 2>&1 &&
      # shellcheck disable=SC2086
      CI=true java $JAVA_OPTS -XX:ArchiveClassesAtExit="$jsa.tmp" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$app" nightly \
        --input "$train/input" --output "$train/out" --state "$train/state" >>"$log" 2>&1; then
      mv "$jsa.tmp" "$jsa"
    else
      say "   entraînement impossible : la nuit démarre sans archive"
    fi
    rm -rf "$train" "$jsa.tmp"
  fi
  if [ -f "$jsa" ]; then
    # The JVM's own verdict on the archive goes to a file: checked after the run.
    launch=(-XX:SharedArchiveFile="$jsa" -Xlog:cds=warning,cds+dynamic=warning:file="$JURY_CACHE/cds.log"
      -jar "$app")
  else
    launch=(-jar "$app")
  fi
fi

say "== $(date -Is) nightly --input $JURY_INPUT --output $JURY_OUTPUT --state $JURY_STATE"
set +e
if [ -t 2 ]; then
  # shellcheck disable=SC2086
  java $JAVA_OPTS "${launch[@]}" nightly --input "$JURY_INPUT" --output "$JURY_OUTPUT" --state "$JURY_STATE" "$@" \
    2>&1 | tee -a "$log"
  code=${PIPESTATUS[0]}
else
  # shellcheck disable=SC2086
  java $JAVA_OPTS "${launch[@]}" nightly --input "$JURY_INPUT" --output "$JURY_OUTPUT" --state "$JURY_STATE" "$@" \
    >>"$log" 2>&1
  code=$?
fi
set -e
if [ -f "$JURY_CACHE/cds.log" ] && grep -q -i "unable to use\|mismatch\|failed" "$JURY_CACHE/cds.log"; then
  say "   l'archive de classes n'a pas servi ($(grep -i -m1 'unable to use\|mismatch\|failed' "$JURY_CACHE/cds.log")) :"
  say "   elle est refaite à la prochaine nuit (démarrage plus lent cette fois, résultats identiques)"
  rm -f "$JURY_CACHE/jury-e61.jsa"
fi
rm -f "$JURY_CACHE/cds.log"
say "== $(date -Is) exit $code"
exit $code
