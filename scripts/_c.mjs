import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
p.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log(m.type(), m.text().slice(0, 300)); });
p.on('pageerror', (e) => console.log('pageerror', e.message.slice(0, 300)));
await p.goto(process.argv[2], { waitUntil: 'networkidle' });
await p.waitForTimeout(3000);
console.log('hydrated react root?', await p.evaluate(() => !!Object.keys(document.body).find((k) => k.startsWith('__react')) || !!document.querySelector('[data-reactroot]') || Object.keys(document.querySelector('form') ?? {}).some((k) => k.startsWith('__react'))));
await b.close();
