#!/usr/bin/env bash
# ./mvnw -Pcluster: Helpdesk on two WildFly HA nodes behind a load balancer, on one machine, in the foreground until
# Ctrl-C, which stops every server this script started. Called by the ear module's build (profile "cluster") with:
#   $1 the configured WildFly home   $2 the cluster's folder (a base directory per server)
#   $3 the EAR to deploy             $4 GreenMail's standalone jar
#
#   balancer  http://localhost:8080/helpdesk/   MCMP 8099 (nodes register there)    management 9990
#   node1     http 8180, AJP 8109, JGroups 7700 and 57700, management 10090   (port offset 100)
#   node2     http 8280, AJP 8209, JGroups 7800 and 57800, management 10190   (port offset 200)
#   GreenMail SMTP 3025, IMAP 3143, REST 8090
#   PostgreSQL HELPDESK_DB_URL (default jdbc:postgresql://127.0.0.1:5432/helpdesk), created if missing
set -euo pipefail

home=$1
base=$2
ear=$3
greenmail=$4
db_url=${HELPDESK_DB_URL:-jdbc:postgresql://127.0.0.1:5432/helpdesk}
db_user=${HELPDESK_DB_USER:-postgres}
export HELPDESK_DB_URL=$db_url HELPDESK_DB_USER=$db_user HELPDESK_DB_PASSWORD=${HELPDESK_DB_PASSWORD:-postgres}
# standalone.sh passes a TERM or INT on to the server's JVM, so that stopping the script stops the server.
export JBOSS_HOME=$home LAUNCH_JBOSS_IN_BACKGROUND=1

say() { printf '[cluster] %s\n' "$*"; }
fail() { printf '[cluster] %s\n' "$*" >&2; exit 1; }

for port in 8080 9990 8099 8180 10090 8280 10190 7700 7800 57700 57800 3025 3143 8090; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        fail "Port $port is already in use: stop the program listening on it (another Helpdesk or WildFly?) and run again."
    fi
done

# The database every node shares: created when missing, on the PostgreSQL the URL names.
if [[ $db_url =~ ^jdbc:postgresql://([^:/]+)(:([0-9]+))?/([A-Za-z0-9_]+) ]]; then
    db_host=${BASH_REMATCH[1]} db_port=${BASH_REMATCH[3]:-5432} db_name=${BASH_REMATCH[4]}
    command -v psql >/dev/null || fail "psql (PostgreSQL's client) is missing: the cluster runs on PostgreSQL only."
    exists=$(psql -h "$db_host" -p "$db_port" -U "$db_user" -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = '$db_name'") \
        || fail "PostgreSQL does not answer at $db_host:$db_port as $db_user: the cluster's nodes share its database."
    if [[ $exists != 1 ]]; then
        say "creating the database $db_name"
        psql -h "$db_host" -p "$db_port" -U "$db_user" -d postgres -qc "CREATE DATABASE $db_name ENCODING 'UTF8'"
    fi
else
    fail "HELPDESK_DB_URL must be a PostgreSQL URL such as jdbc:postgresql://127.0.0.1:5432/helpdesk"
fi

mkdir -p "$base"
pids=()
# Each server's JVM, as standalone.sh records it in $base/NAME.pid: Ctrl-C reaches the scripts, not always the JVMs
# they started in the background, so each JVM is stopped by its number (as a clean shutdown; killed after a minute).
stop() {
    trap - EXIT
    # Ctrl-C reaches Maven too, which then ends this script (TERM) and closes its output: neither may stop the script
    # before the servers are stopped.
    trap '' INT TERM PIPE
    say "stopping" || true
    local jvms=()
    for file in "$base"/*.pid; do
        [[ -f $file ]] && jvms+=("$(cat "$file")")
    done
    for pid in "${jvms[@]}" "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for _ in $(seq 1 60); do
        local alive=0
        for pid in "${jvms[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
        ((alive)) || break
        sleep 1
    done
    for pid in "${jvms[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
    rm -f "$base"/*.pid
    say "stopped" || true
}
trap stop EXIT INT TERM

# A base directory per server: its own configuration, deployments, data, log and temporary files.
prepare() {
    rm -rf "$base/$1"
    mkdir -p "$base/$1/deployments"
    cp -a "$home/standalone/configuration" "$base/$1/configuration"
}

java -Dgreenmail.setup.test.smtp -Dgreenmail.setup.test.imap -Dgreenmail.hostname=127.0.0.1 \
    -Dgreenmail.auth.disabled -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=8090 \
    -jar "$greenmail" > "$base/greenmail.log" 2>&1 &
pids+=($!)

node() {
    local name=$1 offset=$2
    prepare "$name"
    cp "$ear" "$base/$name/deployments/helpdesk.ear"
    JBOSS_PIDFILE="$base/$name.pid" "$home/bin/standalone.sh" -c helpdesk-ha.xml -Djboss.server.base.dir="$base/$name" \
        -Djboss.node.name="$name" -Djboss.socket.binding.port-offset="$offset" \
        -b 127.0.0.1 -bprivate 127.0.0.1 \
        -Dhelpdesk.db=postgresql -Dhelpdesk.demo=true \
        -Dhelpdesk.smtp.host=127.0.0.1 -Dhelpdesk.smtp.port=3025 \
        -Dhelpdesk.mail.in.mailboxes=support -Dhelpdesk.mail.in.support.host=127.0.0.1 \
        -Dhelpdesk.mail.in.support.port=3143 -Dhelpdesk.mail.in.support.security=none \
        -Dhelpdesk.mail.in.support.user=helpdesk@localhost -Dhelpdesk.mail.in.support.password=helpdesk \
        > "$base/$name.console.log" 2>&1 &
    pids+=($!)
    local pid=$!
    say "$name starting (log: $base/$name/log/server.log)"
    # One node at a time: the first migrates the database and loads the demo data, the next finds them there.
    for _ in $(seq 1 300); do
        grep -qs "Helpdesk is ready" "$base/$name/log/server.log" && { say "$name is up"; return; }
        kill -0 "$pid" 2>/dev/null || fail "$name stopped while starting: see $base/$name.console.log"
        sleep 1
    done
    fail "$name did not start within 5 minutes: see $base/$name/log/server.log"
}

node node1 100
node node2 200

prepare balancer
JBOSS_PIDFILE="$base/balancer.pid" "$home/bin/standalone.sh" -c helpdesk-balancer.xml -Djboss.server.base.dir="$base/balancer" \
    -Djboss.node.name=balancer -b 127.0.0.1 -bprivate 127.0.0.1 > "$base/balancer.console.log" 2>&1 &
balancer=$!
pids+=("$balancer")

say "Helpdesk cluster: open http://localhost:8080/helpdesk/ (operator, programmer, manager, auditor, admin; password demo)."
say "Nodes: node1 on 8180, node2 on 8280. Kill one (kill -9 of its java process) and carry on. Ctrl-C stops everything."
# A node killed or stopped is the point of a cluster: the script carries on until Ctrl-C or the balancer stops.
wait "$balancer" || true
say "the balancer stopped: see $base/balancer.console.log"
