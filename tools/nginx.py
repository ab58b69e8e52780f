"""Run deploy/nginx.conf as it is, on loopback: for `make serve-prod` and for the tests.

    .venv/bin/python tools/nginx.py [PORT]      (foreground; Ctrl-C stops)

Only the lines marked `# tvo:` change: where it listens, which folder it serves, where it logs. Around
it goes what Debian's /etc/nginx/nginx.conf would give it (the brotli module, mime.types, an http block), with
nginx's pid, logs and temporary files in a private folder.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SERVER = ROOT / "deploy" / "nginx.conf"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
# deploy/nginx.conf says `brotli_static on;`: Debian's libnginx-mod-http-brotli-static (which its
# /etc/nginx/modules-enabled/ loads on a server; here, with a private prefix, it is named in full).
BROTLI_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so"


# Started by root (a CI machine, a container), nginx would run its workers as "nobody", who cannot
# read a checkout in a private folder (a fresh clone in `mktemp -d`, a home folder): the site then
# answers 404 everywhere. Locally the workers read what the person who started it can read.
WORKER_USER = "user root;" if hasattr(os, "geteuid") and os.geteuid() == 0 else ""


def write_config(folder: Path, port: int, site: Path = ROOT / "site") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    server = SERVER.read_text()
    server = re.sub(r"listen [^;]+;( *# tvo:)", rf"listen 127.0.0.1:{port};\1", server)
    server = re.sub(r"root [^;]+;( *# tvo:)", rf"root {site};\1", server)
    server = re.sub(r"access_log (\S+) tvo_private;( *# tvo:)", rf"access_log {folder}/access.log tvo_private;\2", server)
    (folder / "server.conf").write_text(server)
    main = folder / "nginx.conf"
    main.write_text(f"""
load_module {BROTLI_MODULE};
worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 64; }}
{WORKER_USER}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
    sendfile on;
    include {folder}/server.conf;
}}
""")
    return main


def command(config: Path) -> list[str]:
    return [NGINX, "-c", str(config), "-p", str(config.parent), "-g", "daemon off;"]


def main() -> None:
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8080
    if not (ROOT / "site" / "index.html").exists():
        sys.exit("site/ is not built: run `make site`")
    config = write_config(ROOT / ".build" / "nginx", port)
    print(f"nginx with deploy/nginx.conf at http://127.0.0.1:{port} (Ctrl-C stops)", flush=True)
    os.execv(NGINX, command(config))


if __name__ == "__main__":
    main()
