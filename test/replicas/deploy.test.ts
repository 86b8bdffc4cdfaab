import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { findNginx } from '../../scripts/load/nginx.js';
import { ROOT } from '../helpers.js';

const run = promisify(execFile);
const nginx = findNginx();

describe('deploy/', () => {
  // nginx is installed by .ci/run, so in CI this always runs
  it.skipIf(!nginx && process.env.CI !== 'true')('nginx.conf is a configuration nginx accepts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'talksbot-deploy-'));
    try {
      for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) await mkdir(join(dir, sub));
      // deploy/nginx.conf is an http-level file (conf.d/), so it is included the way Debian's nginx.conf does
      await writeFile(
        join(dir, 'nginx.conf'),
        `pid ${dir}/nginx.pid; error_log ${dir}/error.log; events {}
http { client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi;
uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi; include ${join(ROOT, 'deploy', 'nginx.conf')}; }`,
      );
      const { stderr } = await run(nginx ?? 'nginx', ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')]);
      expect(stderr).toMatch(/test is successful/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('start-local.sh starts Slack replicas without the Discord token, and the sharded bot once', async () => {
    const script = await readFile(join(ROOT, 'deploy', 'start-local.sh'), 'utf8');
    expect(script).toMatch(/DISCORD_TOKEN="" PORT=\$port HOST=127\.0\.0\.1/);
    expect(script).toMatch(/node dist\/adapters\/discord\/sharded\.js/);
    const { stderr } = await run('bash', ['-n', join(ROOT, 'deploy', 'start-local.sh')]);
    expect(stderr).toBe('');
  });
});
