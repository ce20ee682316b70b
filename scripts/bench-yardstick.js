// A fixed workload that tells how fast this machine runs code like the rules core: decimal.js
// parsing, arithmetic, rounding to the cent and money texts, with string keys and small objects.
// It imports nothing of the project, so changing the project cannot change its time; it must
// itself never change, or the calibration in bench-core.js no longer holds.
import Decimal from 'decimal.js';

const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -9e15, toExpPos: 9e15 });

/** Iterations of one whole yardstick. */
export const YARDSTICK_STEPS = 6000;

/**
 * One yardstick, to run in slices (`run(from, to)` over 0 … YARDSTICK_STEPS) between slices of
 * the measured work, so that both see the same speed of the machine; `result()` depends on all of
 * it, so nothing can be skipped.
 */
export function createYardstick() {
  const rate = new Dec('0.1307');
  const cache = new Map();
  let total = new Dec(0);
  let length = 0;
  // Step i draws its numbers from its own seed: the work does not depend on how it is sliced.
  const numbers = (i) => {
    let seed = 7 + i * 7919;
    return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  };
  return {
    run(from, to) {
      for (let i = from; i < to; i++) {
        const random = numbers(i);
        const daily = new Dec(`${40 + Math.floor(random() * 70)}.${10 + Math.floor(random() * 89)}`);
        const days = 20 + Math.floor(random() * 8);
        const key = `${daily.toString()}|${days}`;
        let row = cache.get(key);
        if (!row) {
          const gross = daily.times(days);
          const wage = new Dec(`${1000 + Math.floor(random() * 2000)}.${10 + Math.floor(random() * 89)}`).times(16).div(38);
          const contribution = wage.times(rate).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
          const net = gross.plus(wage).minus(contribution).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
          row = { gross: gross.toFixed(2), net: net.toFixed(2), value: net };
          cache.set(key, row);
        }
        total = total.plus(row.value);
        length += row.gross.length + row.net.length;
      }
    },
    result: () => `${total.toFixed(2)}/${length}`,
  };
}

