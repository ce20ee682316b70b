import puppeteer from 'puppeteer-core';
const [,, url, out, width, lang, actions] = process.argv;
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage','--disable-background-networking','--no-first-run'] });
const page = await browser.newPage();
await page.setViewport({ width: Number(width), height: 900 });
page.on('console', (m) => { if (m.type() === 'error') console.log('console error:', m.text()); });
await page.goto(url, { waitUntil: 'networkidle0' });
await page.evaluate(async (lang) => {
  const el = document.querySelector('ips-benefits-calculator');
  if (lang) el.setAttribute('lang', lang);
  await el.updateComplete;
}, lang);
if (actions) {
  const fn = new Function('el', `return (async () => { ${actions} })()`);
  await page.evaluate(async (src) => { const el = document.querySelector('ips-benefits-calculator'); const f = new Function('el', 'return (async () => {' + src + '})()'); await f(el); await el.updateComplete; }, actions);
}
await new Promise((r) => setTimeout(r, 500));
const info = await page.evaluate(() => ({ scrollW: document.documentElement.scrollWidth, w: window.innerWidth }));
console.log(JSON.stringify(info));
await page.screenshot({ path: out, fullPage: false });
await browser.close();
