// The client's read-only view, opened from a share link (#ips=…): the element restores it, in the
// link's language; the page takes that language too (its menu and texts).
import '../src/ips-benefits-calculator.js';
import { followLanguageSwitch, followLinkLanguage } from './language-switch.js';
import { translatePage } from './texts.js';

followLinkLanguage();
followLanguageSwitch(document.querySelector<HTMLSelectElement>('#language')!);
translatePage('client.title');
