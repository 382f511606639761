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

usage() {
  cat <<'EOF_USAGE'
Usage : jobs/nightly.sh [--nuit-complete] [--workers]

La nuit de jury-e61 sur une session : ce que cron ou le minuteur systemd lance chaque nuit.
Les dossiers viennent de l'environnement :
  JURY_INPUT   dossier déposé par le service des examens (défaut : input/ du dépôt)
  JURY_OUTPUT  dossier des résultats (défaut : out/)
  JURY_STATE   base d'état gardée d'une nuit à l'autre (défaut : var/)
  JURY_LOGS    journaux des nuits (défaut : $JURY_STATE/logs)
  JURY_CDS=0   sans archive de classes ; JAVA_OPTS remplace les options de la JVM
  JURY_BASE    base PostgreSQL de l'état (jdbc:postgresql://hôte/base) au lieu de la base intégrée ;
               son compte : JURY_BASE_UTILISATEUR et JURY_BASE_MOT_DE_PASSE, ou JURY_BASE_IDENTIFIANTS

Options :
  --nuit-complete  refait la nuit entière même si rien n'a changé
  --workers        nuit répartie : l'analyse des documents va aux travailleurs (jury-e61 worker),
                   courtier embarqué sur le port 61616 ; demande la base partagée JURY_BASE
  -h, --help       affiche cette aide

Codes de sortie :
  0  nuit terminée (ou aucun changement)
  1  échec : relancer la même commande reprend la nuit
  2  erreur de configuration ou d'usage : rien n'est écrit
  3  une autre exécution utilise déjà le même état

Exemple :
  JURY_INPUT=/srv/e61/input JURY_OUTPUT=/srv/e61/sorties JURY_STATE=/srv/e61/var jobs/nightly.sh
EOF_USAGE
}
# Arguments are checked before anything is written (no log folder, no extracted jar).
for arg in "$@"; do
  case "$arg" in
    -h | --help) usage; exit 0 ;;
    --nuit-complete | --workers) ;;
    *) echo "Argument inconnu : $arg (seuls --nuit-complete et --workers sont admis ; aide : jobs/nightly.sh --help)" >&2; exit 2 ;;
  esac
done
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

if [ ! -f "$JURY_JAR" ]; then
  echo "Erreur de configuration : $JURY_JAR introuvable ; le construire d'abord (mvn -B -q -DskipTests package)." >&2
  exit 2
fi
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
    say "== $(date -Is) archive de classes absente : entraînement sur une petite nuit générée (une fois, une quinzaine de secondes)"
    train=$(mktemp -d)
    # the training night's own console goes to its file: the night's log tells only real nights
    trained="$JURY_CACHE/entrainement.log"
    if java -jar "$app" generate-sample --output "$train/input" --candidats 12 >>"$trained" 2>&1 &&
      # shellcheck disable=SC2086
      # on its own embedded state: never in the session's base (JURY_BASE), whatever the environment holds
      env -u JURY_BASE -u JURY_BASE_IDENTIFIANTS -u JURY_BASE_UTILISATEUR -u JURY_BASE_MOT_DE_PASSE \
      CI=true java $JAVA_OPTS -XX:ArchiveClassesAtExit="$jsa.tmp" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$app" nightly \
        --input "$train/input" --output "$train/out" --state "$train/state" >>"$trained" 2>&1; then
      mv "$jsa.tmp" "$jsa"
    else
      say "   entraînement impossible (voir $trained) : la nuit démarre sans archive"
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
  # On a terminal the JVM writes to it directly (a live bar needs the terminal, not a pipe) and
  # copies its console lines into the night's log itself.
  # shellcheck disable=SC2086
  JURY_TERMINAL=1 JURY_CONSOLE_LOG="$log" java $JAVA_OPTS "${launch[@]}" nightly --input "$JURY_INPUT" \
    --output "$JURY_OUTPUT" --state "$JURY_STATE" "$@"
  code=$?
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
