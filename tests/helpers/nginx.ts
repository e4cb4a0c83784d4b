import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '../../src/lib/freePort'

/**
 * Debian's nginx (`apt-get install -y nginx`) run as a process of its own with the production
 * configuration, deploy/nginx/gongkai.conf, in a temporary prefix. The configuration is the
 * file operators copy; only the lines it marks `# test:` are rewritten (loopback ports, a cache
 * folder in the prefix).
 */
export const nginxBinary = process.env.NGINX_BIN || '/usr/sbin/nginx'
export const nginxConfigFile = path.resolve('deploy/nginx/gongkai.conf')

/** Throws one line saying what is missing when nginx cannot be run. */
export function checkNginx() {
  if (!fs.existsSync(nginxBinary)) {
    throw new Error(
      `nginx is not installed (${nginxBinary}): the deploy tests need Debian's nginx, "apt-get install -y nginx" (or set NGINX_BIN)`,
    )
  }
}

export type RunningNginx = {
  url: string
  port: number
  prefix: string
  /** nginx's error log so far. */
  errors: () => string
  stop: () => Promise<void>
}

type NginxOptions = {
  /** The app instances' ports, in the upstream's order. */
  upstreams: number[]
  /** Worker processes (1: the tests; the benchmark gives it the machine's cores). */
  workers?: number
  /** Access log (off by default: it costs time under load). */
  accessLog?: boolean
  /** true: nginx caches pages too (`proxy_cache gongkai` in `location /`, the configuration's opt-in). */
  pageCache?: boolean
}

/** The site configuration with the `# test:` lines rewritten; throws if one is missing. */
export function renderSiteConfig(
  source: string,
  {
    port,
    upstreams,
    cacheDir,
    pageCache = false,
  }: { port: number; upstreams: number[]; cacheDir: string; pageCache?: boolean },
) {
  const lines = source.split('\n')
  const marked = (name: string) => lines.filter((line) => line.includes(`# test: ${name}`))
  for (const name of ['cache', 'upstream', 'listen', 'page-cache']) {
    if (marked(name).length === 0) throw new Error(`${nginxConfigFile} has no line marked "# test: ${name}"`)
  }
  let upstreamWritten = false
  const out: string[] = []
  for (const line of lines) {
    if (line.includes('# test: cache')) {
      out.push(
        line.replace(/proxy_cache_path\s+\S+/, `proxy_cache_path ${cacheDir}`).replace(/max_size=\S+/, 'max_size=256m'),
      )
    } else if (line.includes('# test: upstream')) {
      if (upstreamWritten) continue
      upstreamWritten = true
      const indent = /^\s*/.exec(line)![0]
      const options = /:\d+(\s[^;]*);/.exec(line)?.[1] ?? ''
      for (const upstream of upstreams) out.push(`${indent}server 127.0.0.1:${upstream}${options};`)
    } else if (line.includes('# test: page-cache')) {
      out.push(pageCache ? line.replace(/proxy_cache\s+\w+;/, 'proxy_cache gongkai;') : line)
    } else if (line.includes('# test: listen')) {
      out.push(line.replace(/listen\s+\d+/, `listen 127.0.0.1:${port}`))
    } else out.push(line)
  }
  return out.join('\n')
}

/** Starts nginx over these app instances and waits until it answers. */
export async function startNginx({
  upstreams,
  workers = 1,
  accessLog = false,
  pageCache = false,
}: NginxOptions): Promise<RunningNginx> {
  checkNginx()
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-nginx-'))
  // Worker processes drop root for nobody (Debian: www-data) unless told otherwise, and must
  // reach the cache and temporary folders.
  fs.chmodSync(prefix, 0o755)
  const port = await freePort()
  const cacheDir = path.join(prefix, 'cache')
  const site = renderSiteConfig(fs.readFileSync(nginxConfigFile, 'utf8'), { port, upstreams, cacheDir, pageCache })
  fs.writeFileSync(path.join(prefix, 'gongkai.conf'), site)
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
  for (const dir of temp) fs.mkdirSync(path.join(prefix, dir))
  const main = [
    process.getuid?.() === 0 ? 'user root;' : '',
    'daemon off;',
    `worker_processes ${workers};`,
    `pid ${prefix}/nginx.pid;`,
    `error_log ${prefix}/error.log warn;`,
    'events { worker_connections 4096; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    accessLog ? `  access_log ${prefix}/access.log;` : '  access_log off;',
    ...temp.map((dir) => `  ${dir}_temp_path ${prefix}/${dir};`),
    `  include ${prefix}/gongkai.conf;`,
    '}',
    '',
  ].join('\n')
  const configFile = path.join(prefix, 'nginx.conf')
  fs.writeFileSync(configFile, main)
  let output = ''
  const child: ChildProcess = spawn(nginxBinary, ['-p', prefix, '-e', `${prefix}/error.log`, '-c', configFile], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const errors = () =>
    output + (fs.existsSync(`${prefix}/error.log`) ? fs.readFileSync(`${prefix}/error.log`, 'utf8') : '')
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 10_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited:\n${errors()}`)
    try {
      if ((await fetch(`${url}/nginx-health`)).status === 200) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`nginx did not answer:\n${errors()}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const stop = async () => {
    // SIGQUIT: finish the requests in progress, then exit.
    if (child.exitCode === null) child.kill('SIGQUIT')
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
    await exited
    clearTimeout(timer)
    fs.rmSync(prefix, { recursive: true, force: true })
  }
  return { url, port, prefix, errors, stop }
}
