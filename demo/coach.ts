// The coach's page: a realistic example already filled in, a language switch on the page's
// <html lang> (the element follows it and keeps what was entered), and a link to the client's
// read-only view whenever the coach makes a share link.
import '../src/ips-benefits-calculator.js';
import { followLanguageSwitch } from './language-switch.js';
import { translatePage } from './texts.js';

const calculator = document.querySelector('ips-benefits-calculator')!;
followLanguageSwitch(document.querySelector<HTMLSelectElement>('#language')!);
translatePage('coach.title');

const today = new Date();
const month = (offset: number) => new Date(Date.UTC(today.getFullYear(), today.getMonth() + offset, 1)).toISOString().slice(0, 7);

if (!location.hash.includes('ips=')) {
  calculator.scenario = {
    version: 1,
    scheme: 'employee',
    start: month(1),
    months: 12,
    dailyBenefit: '62.45',
    work: [
      { from: `${month(1)}-01`, hoursPerWeek: '8', fullTimeHoursPerWeek: '38', grossHourlyWage: '16.50' },
      { from: `${month(4)}-01`, hoursPerWeek: '16', fullTimeHoursPerWeek: '38', grossHourlyWage: '16.50' },
      { from: `${month(7)}-01`, hoursPerWeek: '24', fullTimeHoursPerWeek: '38', grossHourlyWage: '16.50' },
    ],
    authorisation: {
      requestSent: new Date(Date.UTC(today.getFullYear(), today.getMonth() + 1, 0)).toISOString().slice(0, 10),
      start: `${month(1)}-01`,
      maxHoursPerWeek: '19',
      nature: 'Kitchen help in a social restaurant',
      conditions: 'Mornings only, no heavy lifting',
    },
  };
}

calculator.addEventListener('ips-share', (event) => {
  const link = document.querySelector<HTMLAnchorElement>('#client-link')!;
  link.href = `./client.html${new URL(event.detail.url).hash}`;
  document.querySelector<HTMLElement>('#client-link-note')!.hidden = false;
});
