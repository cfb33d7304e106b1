#!/usr/bin/env node
'use strict';
/**
 * `npm run render:template`: writes the report template (blank 2021, blank 2019, and 2021 filled
 * from the seed fixture) as .xlsx with the CLI, then PDF and PNG renders through LibreOffice, into
 * renders/template/ (git-ignored), for a human to compare with the official format.
 * `--docs` also copies page 2 of the filled render (tables 三 and 四) to docs/template-2021.png.
 * Needs lib/ (the npm script builds it) and soffice; PNGs come from Ghostscript or pdftoppm when
 * installed, else from soffice (first page only).
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'renders', 'template');
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'zhengzhou-zwfwb-2021.txt');

const RENDERS = [
  { name: 'blank-2021', args: ['--edition', '2021'] },
  { name: 'blank-2019', args: ['--edition', '2019'] },
  { name: 'filled-2021', args: ['--from', FIXTURE, '--year', '2021', '--body', '郑州市政务服务办公室'] },
];

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...options });
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r;
}

async function writeWorkbooks() {
  const { main } = require(path.join(ROOT, 'lib', 'cli', 'main.js'));
  const io = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };
  for (const r of RENDERS) {
    const code = await main(['template', path.join(OUT, `${r.name}.xlsx`), '--force', ...r.args], io);
    if (code !== 0) throw new Error(`template ${r.name} exited ${code}`);
  }
}

/** A throw-away LibreOffice profile, so the render does not clash with a running LibreOffice. */
function soffice(bin, args) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-render-'));
  try {
    run(bin, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', ...args], {
      env: { ...process.env, HOME: profile },
      timeout: 180000,
    });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

function toPng(bin, pdf) {
  const base = pdf.replace(/\.pdf$/, '');
  const gs = which('gs');
  if (gs) {
    run(gs, ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=png16m', '-r110', `-sOutputFile=${base}-p%d.png`, pdf]);
    return;
  }
  const pdftoppm = which('pdftoppm');
  if (pdftoppm) {
    run(pdftoppm, ['-png', '-r', '110', pdf, `${base}-p`]);
    return;
  }
  soffice(bin, ['--convert-to', 'png', '--outdir', OUT, `${base}.xlsx`]); // first page only
}

async function mainScript() {
  const bin = which('soffice') || which('libreoffice');
  if (!bin) {
    console.error('render:template needs LibreOffice (soffice), e.g. apt-get install libreoffice-calc.');
    process.exitCode = 2;
    return;
  }
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  await writeWorkbooks();
  const workbooks = RENDERS.map((r) => path.join(OUT, `${r.name}.xlsx`));
  soffice(bin, ['--convert-to', 'pdf', '--outdir', OUT, ...workbooks]);
  for (const r of RENDERS) toPng(bin, path.join(OUT, `${r.name}.pdf`));
  if (process.argv.includes('--docs')) {
    const page = path.join(OUT, 'filled-2021-p2.png');
    fs.mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
    fs.copyFileSync(page, path.join(ROOT, 'docs', 'template-2021.png'));
  }
  console.log(`Renders in ${path.relative(ROOT, OUT)}/:`);
  for (const f of fs.readdirSync(OUT).sort()) console.log(`  ${f}`);
}

mainScript().catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 2;
});
