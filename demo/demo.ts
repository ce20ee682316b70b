// The coach's demo page: a realistic example already filled in, and a language switch that
// changes the page's lang (the element follows it without losing what was entered).
import '../src/ips-benefits-calculator.js';

const calculator = document.querySelector('ips-benefits-calculator')!;
const language = document.querySelector<HTMLSelectElement>('#language')!;

const start = new Date();
const month = (offset: number) => {
  const d = new Date(Date.UTC(start.getFullYear(), start.getMonth() + offset, 1));
  return d.toISOString().slice(0, 7);
};
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
};

language.value = document.documentElement.lang;
language.addEventListener('change', () => {
  document.documentElement.lang = language.value;
});
