#!/usr/bin/env bash
# Captures every view of the reader in tmux, at 80x24 and 160x48, with a
# 10,000-article generated corpus. Writes NAME.ansi (tmux capture-pane -e:
# colours kept; view with `cat`) and NAME.txt (plain) beside this script.
#   go build -o /tmp/bantin . && go run ./data/gen/cmd/gencorpus -n 10000 -o /tmp/c10k
#   docs/screens/capture.sh /tmp/bantin /tmp/c10k
set -eu
bin=$1 corpus=$2
out=$(cd "$(dirname "$0")" && pwd)
export TUI_SOCK=${TUI_SOCK:-screens}
t() { tmux -L "$TUI_SOCK" "$@"; }
keys() { for k in "$@"; do t send-keys -t s "$k"; sleep 0.35; done; }
typ() { t send-keys -t s -l "$1"; sleep 0.5; }
waitfor() { for _ in $(seq 100); do t capture-pane -p -t s | grep -qF -- "$1" && return 0; sleep 0.1; done; echo "never saw: $1" >&2; return 1; }
shot() { t capture-pane -p -e -t s >"$out/$1.ansi"; t capture-pane -p -t s >"$out/$1.txt"; }

for size in 80x24 160x48; do
	w=${size%x*} h=${size#*x}
	t kill-server 2>/dev/null || true
	sleep 0.5
	t -f /dev/null new-session -d -s s -x "$w" -y "$h" -e TERM=xterm-256color -e COLORTERM=truecolor "$bin $corpus; sleep 600"
	waitfor "files read" && shot "$size-loading"
	waitfor "of 10,000 articles" && sleep 0.3 && shot "$size-list"
	keys /
	typ "cong doan nganh cong thuong ha noi"
	shot "$size-filter"
	keys Enter o /
	typ "ldld ha noi"
	shot "$size-orgs-narrowed"
	keys Enter Enter d
	shot "$size-dates"
	keys j Enter
	shot "$size-list-constraints"
	keys Enter
	waitfor "lines 1–" && shot "$size-detail"
	keys /
	typ "lao dong"
	keys Enter n
	shot "$size-detail-find"
	keys Escape Escape K O D o
	shot "$size-orgs"
	keys j i
	shot "$size-org-info"
	keys Escape Escape ?
	shot "$size-help"
	keys Escape
	t resize-window -t s -x 30 -y 8; sleep 0.5
	shot "$size-too-small"
	t resize-window -t s -x "$w" -y "$h"; sleep 0.5
	keys q
	sleep 0.5
done
t kill-server 2>/dev/null || true
