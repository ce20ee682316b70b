// The client's read-only view, opened from a share link (#ips=…): the element restores it.
import '../src/ips-benefits-calculator.js';
import { followLanguageSwitch } from './language-switch.js';
import { translatePage } from './texts.js';

followLanguageSwitch(document.querySelector<HTMLSelectElement>('#language')!);
translatePage('client.title');
