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
trap stop EXIT
trap 'stop; exit 130' INT TERM

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

# Each node's launcher, $base/NAME.sh: starts the node in the background with its pid file and waits until it is
# ready. This script runs it once per node; after a node has been killed, running it again (from another terminal)
# starts that node again, and Ctrl-C here still stops it.
launcher() {
    local name=$1 offset=$2 file="$base/$1.sh" database
    # The database's settings as this script had them (the password too: the file is readable by its owner only).
    printf -v database 'export HELPDESK_DB_URL=%q HELPDESK_DB_USER=%q HELPDESK_DB_PASSWORD=%q' \
        "$HELPDESK_DB_URL" "$HELPDESK_DB_USER" "$HELPDESK_DB_PASSWORD"
    (umask 077 && : > "$file")
    cat > "$file" <<LAUNCHER
#!/usr/bin/env bash
# Starts $name of the Helpdesk cluster (written by ./mvnw -Pcluster; Ctrl-C there stops it too).
set -euo pipefail
export JBOSS_HOME='$home' LAUNCH_JBOSS_IN_BACKGROUND=1
$database
say() { printf '[cluster] %s\\n' "\$*"; }
if [[ -f '$base/$name.pid' ]] && kill -0 "\$(cat '$base/$name.pid')" 2>/dev/null; then
    say "$name is already running"; exit 0
fi
rm -f '$base/$name/log/server.log'
JBOSS_PIDFILE='$base/$name.pid' nohup '$home/bin/standalone.sh' -c helpdesk-ha.xml \\
    -Djboss.server.base.dir='$base/$name' -Djboss.node.name=$name -Djboss.socket.binding.port-offset=$offset \\
    -b 127.0.0.1 -bprivate 127.0.0.1 -Dhelpdesk.db=postgresql -Dhelpdesk.demo=true \\
    -Dhelpdesk.smtp.host=127.0.0.1 -Dhelpdesk.smtp.port=3025 \\
    -Dhelpdesk.mail.in.mailboxes=support -Dhelpdesk.mail.in.support.host=127.0.0.1 \\
    -Dhelpdesk.mail.in.support.port=3143 -Dhelpdesk.mail.in.support.security=none \\
    -Dhelpdesk.mail.in.support.user=helpdesk@localhost -Dhelpdesk.mail.in.support.password=helpdesk \\
    > '$base/$name.console.log' 2>&1 &
pid=\$!
say "$name starting (log: $base/$name/log/server.log)"
for _ in \$(seq 1 300); do
    grep -qs "Helpdesk is ready" '$base/$name/log/server.log' && { say "$name is up"; exit 0; }
    kill -0 "\$pid" 2>/dev/null || { say "$name stopped while starting: see $base/$name.console.log" >&2; exit 1; }
    sleep 1
done
say "$name did not start within 5 minutes: see $base/$name/log/server.log" >&2
exit 1
LAUNCHER
    chmod 700 "$file"
}

# One node at a time: the first migrates the database and loads the demo data, the next finds them there.
node() {
    prepare "$1"
    cp "$ear" "$base/$1/deployments/helpdesk.ear"
    launcher "$1" "$2"
    "$base/$1.sh" || fail "$1 did not start"
}

node node1 100
node node2 200

prepare balancer
JBOSS_PIDFILE="$base/balancer.pid" "$home/bin/standalone.sh" -c helpdesk-balancer.xml -Djboss.server.base.dir="$base/balancer" \
    -Djboss.node.name=balancer -b 127.0.0.1 -bprivate 127.0.0.1 > "$base/balancer.console.log" 2>&1 &
balancer=$!
pids+=("$balancer")

say "Helpdesk cluster: open http://localhost:8080/helpdesk/ (operator, programmer, manager, auditor, admin; password demo)."
say "Nodes: node1 on 8180, node2 on 8280. Kill one (kill -9 \$(cat $base/node1.pid)) and carry on. Ctrl-C stops everything."
# A node killed or stopped is the point of a cluster: the script carries on until Ctrl-C or the balancer stops, and
# says when a node has gone and how to start it again.
down=" "
while kill -0 "$balancer" 2>/dev/null; do
    for name in node1 node2; do
        if [[ -f $base/$name.pid ]] && kill -0 "$(cat "$base/$name.pid")" 2>/dev/null; then
            if [[ $down == *" $name "* ]]; then
                say "$name is running again"
                down=${down/ $name / }
            fi
        elif [[ $down != *" $name "* ]]; then
            down="$down$name "
            say "$name has stopped: the balancer sends its users to the other node. Start it again: $base/$name.sh"
        fi
    done
    sleep 2
done
say "the balancer stopped: see $base/balancer.console.log"
