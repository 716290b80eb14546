#!/bin/sh
# How the image starts Majlis (docker/Dockerfile's ENTRYPOINT; the benchmark's start-up phase runs this same file).
# The jar is the one extracted at build time, read with the class data sharing archive trained then (when it is
# there). The demo (H2 and its demo data: the profiles name neither prod nor postgres) compiles with C1 alone, as
# `mvn spring-boot:run` does: a demo runs for minutes, its first start replays the demo data on cold code, and the
# second compiler (C2) then took more than a core of two from it (docs/benchmark.md, thirteenth round). A node in
# production (prod, postgres) keeps both compilers, for its throughput over days. Arguments go to Majlis.
set -eu
APP_DIR="${MAJLIS_APP_DIR:-/app}"
profiles="${SPRING_PROFILES_ACTIVE:-}"
for arg in "$@"; do
  case "$arg" in
    --spring.profiles.active=*) profiles="${arg#*=}" ;;
  esac
done
set -- -jar "$APP_DIR/majlis.jar" "$@"
case ",$profiles," in
  *,prod,*|*,postgres,*) ;;
  *) set -- -XX:TieredStopAtLevel=1 "$@" ;;
esac
if [ -f "$APP_DIR/majlis.jsa" ]; then
  set -- "-XX:SharedArchiveFile=$APP_DIR/majlis.jsa" "$@"
fi
exec java "$@"
