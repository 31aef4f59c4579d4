#!/usr/bin/env bash
# Starts or stops a throwaway S3-compatible server for the S3 storage driver's tests: Ceph's radosgw from
# Debian's packages (Ceph 16 on Debian 12), on one monitor and one in-memory OSD (memstore), all bound to
# 127.0.0.1. No Docker, no network besides Debian's mirrors for the first install. Signatures are checked
# for real (a wrong secret key is rejected).
#
#   eval "$(.ci/s3-test-server.sh start)"   # installs ceph-mon ceph-osd radosgw ceph-common when missing (root),
#                                           # starts the cluster (~5 s) and creates the bucket $S3_BUCKET;
#                                           # stdout is only `export S3_…=…` lines, progress goes to stderr.
#                                           # Already running: prints the same lines at once.
#   .ci/s3-test-server.sh status            # exit 0 when the endpoint answers
#   .ci/s3-test-server.sh stop              # stops radosgw, the OSD and the monitor; removes the state dir
#
# Environment (all optional): FOYER_S3_DIR (state dir, default /tmp/foyer-s3), FOYER_S3_PORT (radosgw, 7480),
# FOYER_S3_MON_PORT_V2 / FOYER_S3_MON_PORT_V1 (monitor, 3300 / 6789). Daemon logs: $FOYER_S3_DIR/log/.
set -euo pipefail

DIR=${FOYER_S3_DIR:-/tmp/foyer-s3}
PORT=${FOYER_S3_PORT:-7480}
MON_V2=${FOYER_S3_MON_PORT_V2:-3300}
MON_V1=${FOYER_S3_MON_PORT_V1:-6789}
ENDPOINT="http://127.0.0.1:$PORT"
REGION=us-east-1
BUCKET=foyer-test
ACCESS_KEY=FOYERTESTACCESSKEY00
SECRET_KEY=foyer-test-secret-0123456789abcdefghijklmn
CONF="$DIR/ceph.conf"

T0=$(date +%s%3N)
log() { local ms=$(($(date +%s%3N) - T0)); echo "s3-test-server [$((ms / 1000)).$((ms % 1000 / 100))s]: $*" >&2; }
die() { log "$*"; exit 1; }

exports() {
  cat <<EOF
export S3_ENDPOINT=$ENDPOINT
export S3_REGION=$REGION
export S3_ACCESS_KEY_ID=$ACCESS_KEY
export S3_SECRET_ACCESS_KEY=$SECRET_KEY
export S3_FORCE_PATH_STYLE=true
export S3_BUCKET=$BUCKET
EOF
}

# Any HTTP answer counts (radosgw answers an anonymous GET / with 200 and an empty bucket list).
answers() {
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$ENDPOINT/" 2>/dev/null) || true
  [ -n "$code" ] && [ "$code" != 000 ]
}

install_packages() {
  local missing=() cmd
  for cmd in ceph-mon ceph-osd radosgw radosgw-admin ceph monmaptool ceph-authtool; do
    command -v "$cmd" >/dev/null || missing=(ceph-mon ceph-osd radosgw ceph-common)
  done
  command -v curl >/dev/null || missing+=(curl)
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null ||
    die "missing packages: ${missing[*]} (install them as root: apt-get install -y --no-install-recommends ${missing[*]})"
  log "installing ${missing[*]} (Debian packages, about a minute)"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# ceph CLI against our cluster only (never /etc/ceph), with a bounded wait.
cephc() { timeout 20 ceph -c "$CONF" --connect-timeout 10 "$@"; }

wait_for() { # wait_for <seconds> <description> <command…>
  local deadline=$((SECONDS + $1)) what=$2
  shift 2
  while [ $SECONDS -lt $deadline ]; do
    "$@" >/dev/null 2>&1 && return 0
    sleep 0.25
  done
  log "timed out waiting for $what"
  return 1
}

osd_up() { cephc osd stat -f json | grep -q '"num_up_osds":1'; }

write_conf() {
  local fsid=$1
  # \$name and \$id are Ceph's own metavariables, expanded by each daemon.
  cat >"$CONF" <<EOF
[global]
fsid = $fsid
mon host = [v2:127.0.0.1:$MON_V2,v1:127.0.0.1:$MON_V1]
mon initial members = a
public addr = 127.0.0.1
cluster addr = 127.0.0.1
public network = 127.0.0.1/32
ms bind ipv6 = false
auth cluster required = none
auth service required = none
auth client required = none
# msgr2's default "secure" modes need session keys, which auth none never makes: clients hang without these.
ms mon client mode = crc
ms client mode = crc
ms service mode = crc
ms cluster mode = crc
keyring = $DIR/keyring
run dir = $DIR/run
admin socket = $DIR/run/\$name.asok
pid file = $DIR/run/\$name.pid
log file = $DIR/log/\$name.log
osd pool default size = 1
osd pool default min size = 1
mon allow pool size one = true
mon warn on pool no redundancy = false
osd crush chooseleaf type = 0
# radosgw makes ~8 pools; the default pg count would pass the per-OSD limit and pool creation would fail.
osd pool default pg num = 8
osd pool default pgp num = 8
osd pool default pg autoscale mode = off
mon max pg per osd = 1000
# The monitor batches map changes for up to 1 s by default; radosgw's pool creations wait on each.
paxos propose interval = 0.05
# The monitor stops itself when its disk has less than 5 % free; a test cluster must not.
mon data avail warn = 2
mon data avail crit = 1

[mon]
mon data = $DIR/mon.\$id

[osd]
osd data = $DIR/osd.\$id
osd objectstore = memstore
# 6 GiB: uploads-resumable-1gib puts a whole GiB in (before deleting it) while the other test worker writes
# too; memstore takes memory only as objects arrive.
memstore device bytes = 6442450944

[client.rgw]
rgw frontends = beast endpoint=127.0.0.1:$PORT
rgw data = $DIR/rgw
rgw enable ops log = false
rgw enable usage log = false
# A deleted object's data is freed by radosgw's garbage collector, by default 2 h after the delete and on an
# hourly pass: test runs that write and delete hundreds of MiB would fill the 2 GiB in-memory OSD first
# (then every write hangs). Free it within seconds instead.
rgw gc obj min wait = 5
rgw gc processor period = 10
EOF
}

create_bucket() {
  local code
  code=$(curl -s -o "$DIR/log/create-bucket.out" -w '%{http_code}' --max-time 10 -X PUT \
    --aws-sigv4 "aws:amz:$REGION:s3" --user "$ACCESS_KEY:$SECRET_KEY" \
    -H "x-amz-content-sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" \
    "$ENDPOINT/$BUCKET") || true
  case "$code" in
    200 | 409) ;; # 409: BucketAlreadyOwnedByYou
    *) log "creating bucket $BUCKET answered HTTP $code: $(cat "$DIR/log/create-bucket.out" 2>/dev/null)"; return 1 ;;
  esac
}

# Our processes: those started with `-c $CONF` (daemons, and any radosgw-admin or ceph CLI call left over
# from an interrupted start). Matching the exact config path leaves every other process alone.
our_pids() {
  local f pid comm
  for f in $(grep -lzxF -- "$CONF" /proc/[0-9]*/cmdline 2>/dev/null); do
    pid=${f#/proc/}
    pid=${pid%/cmdline}
    comm=$(cat "/proc/$pid/comm" 2>/dev/null) || continue
    case "$comm" in ceph-mon | ceph-osd | radosgw | radosgw-admin | ceph | timeout) echo "$pid" ;; esac
  done
}

# alive <pid…>: prints those still running (a zombie counts as gone).
alive() {
  local pid st
  for pid in "$@"; do
    st=$(cut -d' ' -f3 "/proc/$pid/stat" 2>/dev/null) || continue
    [ "$st" = Z ] || echo "$pid"
  done
}

# TERM to all at once, KILL to any still there after 3 s: nothing is kept, and radosgw's clean shutdown
# alone can take 6 s.
stop_daemons() {
  local pids=() deadline
  mapfile -t pids < <(our_pids)
  [ ${#pids[@]} -eq 0 ] && return 0
  kill -TERM "${pids[@]}" 2>/dev/null || true
  deadline=$((SECONDS + 3))
  while [ $SECONDS -lt $deadline ]; do
    mapfile -t pids < <(alive "${pids[@]}")
    [ ${#pids[@]} -eq 0 ] && return 0
    sleep 0.1
  done
  kill -KILL "${pids[@]}" 2>/dev/null || true
  deadline=$((SECONDS + 5))
  while [ $SECONDS -lt $deadline ]; do
    mapfile -t pids < <(alive "${pids[@]}")
    [ ${#pids[@]} -eq 0 ] && return 0
    sleep 0.1
  done
  log "still running after SIGKILL: ${pids[*]}"
  return 1
}

do_stop() {
  stop_daemons
  rm -rf "$DIR"
}

start_failed() {
  local rc=$?
  log "start failed (exit $rc); last log lines, then cleaning up:"
  tail -n 15 "$DIR"/log/*.log "$DIR"/log/*.err >&2 2>/dev/null || true
  do_stop
  exit "$rc"
}

do_start() {
  local started fsid osd_uuid osd_id
  started=$(date +%s%3N)
  if [ -f "$DIR/ready" ] && answers; then
    log "already running at $ENDPOINT"
    exports
    return 0
  fi
  if [ -e "$DIR" ]; then
    log "cleaning up a previous, unfinished start in $DIR"
    do_stop
  fi
  install_packages
  answers && die "something else already answers on $ENDPOINT; stop it first"

  mkdir -p "$DIR"/{run,log,rgw,mon.a,osd.0}
  fsid=$(cat /proc/sys/kernel/random/uuid)
  write_conf "$fsid"
  # From here on, a failure (or Ctrl-C) leaves nothing running.
  trap start_failed EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM

  log "monitor"
  monmaptool --create --fsid "$fsid" --addv a "[v2:127.0.0.1:$MON_V2,v1:127.0.0.1:$MON_V1]" "$DIR/monmap" >/dev/null 2>&1
  ceph-authtool --create-keyring "$DIR/mon.keyring" --gen-key -n mon. --cap mon 'allow *' >/dev/null
  ceph-mon -c "$CONF" --mkfs -i a --monmap "$DIR/monmap" --keyring "$DIR/mon.keyring" 2>>"$DIR/log/mkfs.log"
  ceph-mon -c "$CONF" -i a 2>>"$DIR/log/daemons.err"
  wait_for 30 "the monitor" cephc mon stat

  log "OSD (memstore)"
  osd_uuid=$(cat /proc/sys/kernel/random/uuid)
  osd_id=$(cephc osd new "$osd_uuid" 2>>"$DIR/log/mkfs.log")
  [ "$osd_id" = 0 ] || die "expected OSD id 0, got '$osd_id'"
  ceph-osd -c "$CONF" -i 0 --mkfs --osd-uuid "$osd_uuid" >>"$DIR/log/mkfs.log" 2>&1
  ceph-osd -c "$CONF" -i 0 2>>"$DIR/log/daemons.err"
  wait_for 60 "the OSD to be up" osd_up

  log "radosgw on $ENDPOINT"
  radosgw -c "$CONF" -n client.rgw 2>>"$DIR/log/daemons.err"
  wait_for 90 "radosgw on $ENDPOINT" answers

  log "S3 user and bucket $BUCKET"
  timeout 60 radosgw-admin -c "$CONF" user create --uid foyer-test --display-name "Foyer tests" \
    --access-key "$ACCESS_KEY" --secret "$SECRET_KEY" >"$DIR/log/user.json" 2>>"$DIR/log/radosgw-admin.err"
  wait_for 30 "bucket $BUCKET to be created" create_bucket

  trap - EXIT INT TERM
  touch "$DIR/ready"
  local ms=$(($(date +%s%3N) - started))
  log "ready in $((ms / 1000)).$((ms % 1000 / 100)) s"
  exports
}

case "${1:-}" in
  start) do_start ;;
  stop)
    started=$(date +%s%3N)
    do_stop
    ms=$(($(date +%s%3N) - started))
    log "stopped in $((ms / 1000)).$((ms % 1000 / 100)) s"
    ;;
  status)
    if answers; then
      log "running at $ENDPOINT"
    else
      log "not running"
      exit 1
    fi
    ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
