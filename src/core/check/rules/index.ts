import type { Rule } from '../rule.js';
import { auteursrecht } from './auteursrecht.js';
import { belediging } from './belediging.js';
import { gesprek } from './gesprek.js';
import { klantConcurrent } from './klant-concurrent.js';
import { onderbouwing } from './onderbouwing.js';
import { persoonlijkeTitel } from './persoonlijke-titel.js';
import { persoonsgegevens } from './persoonsgegevens.js';
import { verwijderen } from './verwijderen.js';
import { vertrouwelijk } from './vertrouwelijk.js';

/** Every rule of the draft check (CONTRACT §2), in the order findings of equal weight are shown. */
export const rules: readonly Rule[] = [
  vertrouwelijk,
  persoonsgegevens,
  belediging,
  gesprek,
  klantConcurrent,
  auteursrecht,
  persoonlijkeTitel,
  onderbouwing,
  verwijderen,
];
